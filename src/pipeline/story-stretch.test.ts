import { describe, expect, it } from 'vitest';
import type { Sister } from './sisters.ts';
import { sisterOf } from './test-sisters.ts';
import { namedDays } from './date-mentions.ts';
import { nextStretch, recountsDay, withinStretch } from './story-stretch.ts';
import { sentencesOf } from './test-sentences.ts';

describe('the sisters of an undated report’s own stretch of time', () => {
  it.each<[string, Sister[], string[]]>([
    [
      'a report of a story years before, sharing "President" and a figure, is left out',
      [
        sisterOf('derna_reuters', '2023-09-12', 0.19),
        sisterOf('turkey_ap', '2023-02-08', 0.16),
        sisterOf('derna_nos', '2023-09-14', 0.14),
      ],
      ['derna_reuters', 'derna_nos'],
    ],
    [
      'the reports of one story, each within a month of the next, all stay',
      [
        sisterOf('nos', '2024-11-24', 0.3),
        sisterOf('reuters', '2024-11-01', 0.2),
        sisterOf('ap', '2024-11-22', 0.12),
      ],
      ['nos', 'reuters', 'ap'],
    ],
    [
      'a story told again months on is read from the report nearest the closest one',
      [
        sisterOf('ap_0707', '2021-07-07', 0.38),
        sisterOf('tagesschau_0329', '2021-03-29', 0.26),
        sisterOf('nos_0326', '2021-03-26', 0.18),
      ],
      ['ap_0707'],
    ],
    [
      'a report too little related to count is kept only within the days of the related ones',
      [
        sisterOf('nos', '2024-03-25', 0.34),
        sisterOf('reuters', '2024-03-23', 0.3),
        sisterOf('navalny', '2024-02-16', 0.12),
        sisterOf('weak', '2024-03-24', 0.05),
        sisterOf('weak_far', '2024-01-02', 0.05),
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
        sisterOf('recap_ein_jahr', '2017-12-19', 0.5),
        sisterOf('nl_politie', '2016-12-21', 0.25),
        sisterOf('wire_berlin', '2016-12-20', 0.17),
      ],
      ['nl_politie', 'wire_berlin'],
    ],
    [
      'a related report years before the closest one is another story’s, no stretch of this one',
      [sisterOf('haneda_reuters', '2024-01-02', 0.4), sisterOf('germanwings_tagesschau', '2015-03-24', 0.35)],
      undefined,
    ],
    [
      'reports all of one stretch give no other',
      [sisterOf('nos', '2024-11-24', 0.3), sisterOf('reuters', '2024-11-01', 0.2)],
      undefined,
    ],
  ])('%s', (_, sisters, kept) => {
    expect(nextStretch(sisters)?.map((s) => s.id)).toEqual(kept);
  });
});

const report = (...texts: string[]) => ({ sentences: sentencesOf([texts]) });

describe('whether the closest report recounts a day of another stretch', () => {
  it.each<[string, string, string, boolean]>([
    [
      'a recap a year on names the attack’s day with its year',
      'Genau ein Jahr ist es her, dass der Tunesier Anis Amri am Abend des 19. Dezember 2016 einen gekaperten Sattelzug in den Weihnachtsmarkt am Breitscheidplatz steuerte.',
      '2016-12-21',
      true,
    ],
    [
      'a recap six months on names the fire’s day without a year',
      '14 June: Fire breaks out shortly before 1am in a fridge-freezer in a fourth-floor flat and races up the cladding of the 24-storey, 129-flat tower.',
      '2017-06-15',
      true,
    ],
    [
      'a Dutch recap names the fire’s day',
      'Op 14 juni brak kort voor één uur ’s nachts brand uit in de Grenfell-toren.',
      '2017-06-17',
      true,
    ],
    [
      'a wire report names its own day, not one of a story two months before',
      'AHMEDABAD, India, June 12 (Reuters) - An Air India plane bound for London with 242 people on board crashed shortly after take-off from the western Indian city of Ahmedabad on Thursday, killing all but one of those aboard, the airline said.',
      '2025-04-23',
      false,
    ],
    [
      'a report naming no day by its date recounts no other stretch',
      "A Japan Airlines passenger jet collided with a coast guard aircraft on a runway at Tokyo's Haneda airport on Tuesday evening and burst into flames.",
      '2023-04-25',
      false,
    ],
  ])('%s', (_, sentence, other, recounted) => {
    expect(recountsDay(namedDays(report(sentence)), other)).toBe(recounted);
  });
});

describe('the stretch read when the closest report recounts it or not', () => {
  it.each<[string, Sister[], boolean, string[] | undefined]>([
    [
      'reports of another story months before, which the closest report does not recount, are no stretch of its story',
      [
        sisterOf('haneda_reuters', '2024-01-02', 0.44),
        sisterOf('haneda_nos', '2024-01-03', 0.34),
        sisterOf('sudan_tagesschau', '2023-04-25', 0.19),
      ],
      false,
      undefined,
    ],
    [
      'the first days a recap recounts are read when the recap does not fit',
      [
        sisterOf('recap_ein_jahr', '2017-12-19', 0.37),
        sisterOf('nl_politie', '2016-12-21', 0.16),
        sisterOf('wire_berlin', '2016-12-20', 0.12),
      ],
      true,
      ['nl_politie', 'wire_berlin'],
    ],
  ])('%s', (_, sisters, recounted, kept) => {
    expect(nextStretch(sisters, () => recounted)?.map((s) => s.id)).toEqual(kept);
  });
});
