import { describe, expect, it } from 'vitest';
import { latestNews, type SisterLike } from './sister-news.ts';

const sister = (date: string, score: number, shared: string[], members = 1) => ({
  date,
  score,
  shared,
  members,
});

describe('the latest report whose news an undated one tells', () => {
  it.each<[string, SisterLike[], string | undefined]>([
    [
      'a figure only the report of a week later gives makes the undated report that late',
      [
        sister('2023-03-06', 0.41, ['n:57', 'n:350', 'w:mtstks', 'w:lrs']),
        sister('2023-03-08', 0.37, ['n:57', 'n:40000', 'w:mtstks']),
      ],
      '2023-03-08',
    ],
    [
      'a later report that only repeats what the first told proves nothing',
      [
        sister('2023-03-01', 0.5, ['n:36', 'w:lrs', 'w:krmnls']),
        sister('2023-03-02', 0.4, ['n:36', 'w:lrs']),
      ],
      undefined,
    ],
    [
      'one name of its own is too often a coincidence',
      [sister('2023-03-01', 0.5, ['n:36', 'w:lrs']), sister('2023-03-02', 0.4, ['n:36', 'w:krmnls'])],
      undefined,
    ],
    [
      'two names of its own are news',
      [
        sister('2023-03-01', 0.5, ['n:36', 'w:lrs']),
        sister('2023-03-02', 0.4, ['n:36', 'w:krmnls', 'w:mtstks']),
      ],
      '2023-03-02',
    ],
    [
      'a report below the same-story share is never chosen',
      [sister('2023-03-01', 0.5, ['n:36']), sister('2023-03-05', 0.2, ['n:36', 'n:57'])],
      undefined,
    ],
    [
      "a day's reports taken together are not one report to compare with",
      [sister('2023-03-01', 0.5, ['n:36']), sister('2023-03-05', 0.6, ['n:36', 'n:57'], 2)],
      undefined,
    ],
  ])('%s', (_name, sisters, date) => {
    expect(latestNews(sisters, 0.35)?.sister.date).toBe(date);
  });

  it.each<[string, SisterLike[], string | undefined]>([
    [
      'a figure of its own ("225 killed") counts from the lower share',
      [sister('2022-01-06', 0.37, ['w:rsh', 'w:kshstn', 'a:CSTO']), sister('2022-01-15', 0.32, ['n:225'])],
      '2022-01-15',
    ],
    [
      'names of their own do not',
      [
        sister('2022-01-06', 0.37, ['w:rsh', 'w:kshstn', 'a:CSTO']),
        sister('2022-01-15', 0.32, ['w:nsrbv', 'w:smlv']),
      ],
      undefined,
    ],
    [
      'nor does a figure when no earlier report tells the same story',
      [sister('2022-01-06', 0.2, ['w:rsh', 'w:kshstn', 'a:CSTO']), sister('2022-01-15', 0.32, ['n:225'])],
      undefined,
    ],
    [
      'nor does a figure below the lower share',
      [sister('2022-01-06', 0.37, ['w:rsh', 'w:kshstn']), sister('2022-01-15', 0.14, ['n:225'])],
      undefined,
    ],
  ])('%s', (_name, sisters, date) => {
    expect(latestNews(sisters, 0.35, 0.25)?.sister.date).toBe(date);
  });

  it('an age the undated report gives ("der 81-Jährige") is no figure of its own', () => {
    const sisters = [sister('2022-01-05', 0.39, ['w:tkv', 'w:nsrbv']), sister('2022-01-08', 0.28, ['n:81'])];
    expect(latestNews(sisters, 0.35, 0.25, new Set(['n:81']))).toBeUndefined();
  });
});
