/**
 * Arrests counted day after day by the reports of each day are the counts of those days, one event
 * each; reports of one day giving one count are one event, however one tells it; reports of one
 * day giving two counts disagree, and stay one event with a conflict.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf } from '../test-articles.ts';
import { countsApart, oneTally, withinRounding, type DayCount } from './counted-days.ts';

const report = (date: string, sentence: string) => ` date ${date} Report\n\n${sentence}\n`;

const arrests = (file: EventFile) =>
  file.events
    .filter((e) => e.kind === 'arrest')
    .map((e) => ({
      day: e.when.end,
      figures: [...new Set(e.figures.map((f) => f.value))],
      documents: [...new Set(e.sources.map((s) => s.document))].sort(),
      conflict: e.conflicts.some((c) => c.field === 'figures.people arrested'),
    }))
    .sort((a, b) => (a.figures[0] ?? 0) - (b.figures[0] ?? 0));

describe('arrests counted by the reports of three days', () => {
  let file: EventFile;
  beforeAll(async () => {
    file = await eventFileOf({
      'en_reuters.txt': report(
        '2022-01-05',
        'The interior ministry said 95 police officers had been injured in clashes and more than 200 people had been detained.',
      ),
      'nl_nos.txt': report(
        '2022-01-06',
        'Volgens het ministerie van Binnenlandse Zaken zijn ruim 2000 mensen opgepakt.',
      ),
      'en_ap.txt': report(
        '2022-01-07',
        'More than 3,000 people have been detained across the country, the ministry said.',
      ),
      'de_faz.txt': report('2022-01-07', 'Mehr als 3000 Menschen seien festgenommen worden.'),
    });
  }, 60_000);

  it('“more than 200”, “ruim 2000” and “more than 3,000” are the counts of the 5th, the 6th and the 7th, each its own event', () => {
    expect(arrests(file).map((e) => e.figures)).toEqual([[200], [2000], [3000]]);
  });

  it('each count reaches up to the day of the report that gave it, none past it', () => {
    expect(arrests(file).map((e) => e.day)).toEqual(['2022-01-05', '2022-01-06', '2022-01-07']);
  });

  it('“More than 3,000 people have been detained” and “Mehr als 3000 Menschen seien festgenommen worden” of the 7th are one event', () => {
    expect(arrests(file)[2]?.documents).toEqual(['de_faz', 'en_ap']);
  });
});

describe('one day’s reports of the arrests', () => {
  it.each<[string, Record<string, string>, number[], boolean]>([
    [
      '“The interior ministry said 5,800 people had been detained” and “Meer dan 5800 mensen zijn aangehouden” of one Sunday are one count',
      {
        'en_bbc.txt': report(
          '2022-01-09',
          'The interior ministry said 5,800 people had been detained, including "a considerable number of foreign nationals".',
        ),
        'nl_volkskrant.txt': report('2022-01-09', 'Meer dan 5800 mensen zijn aangehouden.'),
      },
      [5800],
      false,
    ],
    [
      '“As of Friday morning … more than 3,000” and “more than 4,000 arrests” told on one Saturday disagree within one event',
      {
        'en_a.txt': report(
          '2022-01-08',
          'As of Friday morning, the government estimates that more than 3,000 people who took to the streets were arrested.',
        ),
        'en_b.txt': report(
          '2022-01-08',
          'In addition, there have been more than 4,000 arrests across the country.',
        ),
      },
      [3000, 4000],
      true,
    ],
  ])('%s', async (_name, articles, figures, conflict) => {
    const events = arrests(await eventFileOf(articles));
    expect(events).toHaveLength(1);
    expect(events[0]?.figures).toEqual(figures);
    expect(events[0]?.conflict).toBe(conflict);
  });
});

const count = (value: number, reported: string, published = reported): DayCount => ({
  measure: 'people arrested',
  value,
  from: reported,
  to: reported,
  published,
});

/** A count of a night's arrests, which may have been given on any day up to its report. */
const night = (value: number, day: string, published: string): DayCount => ({
  measure: 'people arrested',
  value,
  from: day,
  to: published,
  published,
});

describe('counts of two days', () => {
  it.each<[string, DayCount[], DayCount[], boolean]>([
    [
      '200 given on the 5th and 2,000 on the 6th are two days’ counts',
      [count(200, '2022-01-05')],
      [count(2000, '2022-01-06')],
      true,
    ],
    [
      '3,000 as of Friday and 4,000, both told on Saturday, are that Saturday’s news',
      [count(3000, '2022-01-07', '2022-01-08')],
      [count(4000, '2022-01-08')],
      false,
    ],
    [
      '3,000 given on the 7th twice is one count',
      [count(3000, '2022-01-07')],
      [count(3000, '2022-01-07', '2022-01-08')],
      false,
    ],
    [
      '9,900 and 10,000 given on the 11th disagree',
      [count(9900, '2022-01-11')],
      [count(10000, '2022-01-11')],
      false,
    ],
    [
      'warrants for 113 given on the 12th and “meer dan honderd” on the 15th are one count',
      [count(113, '2023-02-12', '2023-02-13')],
      [count(100, '2023-02-15')],
      false,
    ],
    [
      '130 given on the 15th and “ruim tweehonderd” on the 16th are two days’ counts',
      [count(130, '2024-05-15')],
      [count(200, '2024-05-16')],
      true,
    ],
    [
      '875 and 917 arrested in the night to Friday, told on Friday and Saturday, disagree about that night',
      [night(875, '2023-06-29', '2023-06-30')],
      [night(917, '2023-06-29', '2023-07-01')],
      false,
    ],
    [
      '200 arrested in the night to Wednesday and “ruim 2000 opgepakt” given on Thursday are two counts',
      [night(200, '2022-01-04', '2022-01-05')],
      [count(2000, '2022-01-06')],
      true,
    ],
  ])('%s', (_name, a, b, apart) => {
    expect(countsApart(a, b)).toBe(apart);
  });

  it.each<[string, DayCount[], DayCount[], boolean]>([
    [
      '5,800 said and 5,800 so far, both on the 9th, are one tally',
      [count(5800, '2022-01-09')],
      [count(5800, '2022-01-09')],
      true,
    ],
    [
      '43 on the 29th and 300 on the 5th are not',
      [count(43, '2024-11-29')],
      [count(300, '2024-12-05')],
      false,
    ],
    ['a cluster with no day count of its own is not', [], [count(300, '2024-12-05')], false],
  ])('%s', (_name, a, b, one) => {
    expect(oneTally(a, b)).toBe(one);
  });
});

describe('figures within rounding', () => {
  it.each<[string, number, number, boolean]>([
    ['“more than 3,000” and “3,000” are one figure', 3000, 3000, true],
    ['“meer dan honderd” stands for 113', 100, 113, true],
    ['“more than 10,000” stands for 9,900', 10000, 9900, true],
    ['“bijna 7000” stands for 6,700', 7000, 6700, true],
    ['3,000 does not stand for 4,000', 3000, 4000, false],
    ['200 and 2,000 are not one figure', 200, 2000, false],
    ['875 and 917 are not one figure', 875, 917, false],
    ['4,404 and 5,800 are not one figure', 4404, 5800, false],
  ])('%s', (_name, x, y, within) => {
    expect(withinRounding(x, y)).toBe(within);
    expect(withinRounding(y, x)).toBe(within);
  });
});
