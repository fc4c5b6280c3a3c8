import { describe, expect, it } from 'vitest';
import type { Sister } from './sisters.ts';
import { nextStretch, withinStretch } from './story-stretch.ts';

const sister = (id: string, date: string, score: number): Sister => ({
  id,
  date,
  score,
  shared: [],
  members: 1,
});

describe('the sisters of an undated report’s own stretch of time', () => {
  it.each<[string, Sister[], string[]]>([
    [
      'a report of a story years before, sharing "President" and a figure, is left out',
      [
        sister('derna_reuters', '2023-09-12', 0.19),
        sister('turkey_ap', '2023-02-08', 0.16),
        sister('derna_nos', '2023-09-14', 0.14),
      ],
      ['derna_reuters', 'derna_nos'],
    ],
    [
      'the reports of one story, each within a month of the next, all stay',
      [
        sister('nos', '2024-11-24', 0.3),
        sister('reuters', '2024-11-01', 0.2),
        sister('ap', '2024-11-22', 0.12),
      ],
      ['nos', 'reuters', 'ap'],
    ],
    [
      'a story told again months on is read from the report nearest the closest one',
      [
        sister('ap_0707', '2021-07-07', 0.38),
        sister('tagesschau_0329', '2021-03-29', 0.26),
        sister('nos_0326', '2021-03-26', 0.18),
      ],
      ['ap_0707'],
    ],
    [
      'a report too little related to count is kept only within the days of the related ones',
      [
        sister('nos', '2024-03-25', 0.34),
        sister('reuters', '2024-03-23', 0.3),
        sister('navalny', '2024-02-16', 0.12),
        sister('weak', '2024-03-24', 0.05),
        sister('weak_far', '2024-01-02', 0.05),
      ],
      ['nos', 'reuters', 'weak'],
    ],
  ])('%s', (_, sisters, kept) => {
    expect(withinStretch(sisters).map((s) => s.id)).toEqual(kept);
  });
});

describe('the stretch read when the closest report does not fit', () => {
  it.each<[string, Sister[], string[] | undefined]>([
    [
      'a recap a year on is passed over for the reports of the story’s first days',
      [
        sister('recap_ein_jahr', '2017-12-19', 0.5),
        sister('nl_politie', '2016-12-21', 0.25),
        sister('wire_berlin', '2016-12-20', 0.17),
      ],
      ['nl_politie', 'wire_berlin'],
    ],
    [
      'a related report years before the closest one is another story’s, no stretch of this one',
      [sister('haneda_reuters', '2024-01-02', 0.4), sister('germanwings_tagesschau', '2015-03-24', 0.35)],
      undefined,
    ],
    [
      'reports all of one stretch give no other',
      [sister('nos', '2024-11-24', 0.3), sister('reuters', '2024-11-01', 0.2)],
      undefined,
    ],
  ])('%s', (_, sisters, kept) => {
    expect(nextStretch(sisters)?.map((s) => s.id)).toEqual(kept);
  });
});
