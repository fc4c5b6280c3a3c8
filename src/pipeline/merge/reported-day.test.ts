import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { beforePublication, day, sentence } from '../candidates/test-helpers.ts';
import type { Published, When } from '../types.ts';
import type { Figure } from '../types.ts';
import { findConflicts } from './conflicts.ts';
import { byReported, earliestReported, reportedDay } from './reported-day.ts';
import { compareSources, newSource } from './sources.ts';
import { testCandidate } from './test-candidate.ts';

const published: Record<string, Published> = {
  tagesschau_0105: { date: '2022-01-05', precision: 'day', inferred: false },
  nos_0106: { date: '2022-01-06', precision: 'day', inferred: false },
  ap_0107: { date: '2022-01-07', precision: 'day', inferred: false },
  seed_0108: { date: '2022-01-08', precision: 'day', inferred: false },
  nos_0914: { date: '2023-09-14', precision: 'day', inferred: false },
  tagesschau_0810: { date: '2020-08-10', precision: 'day', inferred: false },
  ap_0626: { date: '2024-06-26', precision: 'day', inferred: false },
  volkskrant_01: { date: '2022-01-01', precision: 'month', inferred: false },
  wire_0615: { date: '2017-06-15', precision: 'day', inferred: false },
  nos_0617: { date: '2017-06-17', precision: 'day', inferred: false },
};

const evening = (date: string, text: string): When => ({ ...morning(date, text), value: `${date}TEV` });
const publishedOf = (id: string) => published[id];

const morning = (date: string, text: string): When => ({
  start: date,
  end: date,
  precision: 'part-of-day',
  value: `${date}TMO`,
  confidence: 0.85,
  text,
});

/** A sentence of `document`, dated by its own expression when `own` is given. */
function report(document: string, text: string, own?: When): EventCandidate {
  return own
    ? testCandidate(sentence({ text, times: [own] }), own, { document })
    : testCandidate(sentence({ text }), beforePublication(published[document]?.date ?? '2022-01-08'), {
        document,
      });
}

describe('the day a figure was reported', () => {
  it.each<[string, EventCandidate, string | undefined]>([
    [
      'a count with no day of its own is reported on its article’s day',
      report(
        'tagesschau_0105',
        'Nach Angaben des Innenministeriums wurden dabei 95 Polizisten verletzt, mehr als 200 Menschen wurden festgenommen.',
      ),
      '2022-01-05',
    ],
    [
      'a count "as of Friday morning" in Saturday’s paper is reported on Friday',
      report(
        'seed_0108',
        'As of Friday morning, the government estimates that more than 3,000 people who took to the streets were arrested.',
        morning('2022-01-07', 'As of Friday morning'),
      ),
      '2022-01-07',
    ],
    [
      'a Dutch count "tot vrijdagochtend" is reported on Friday too',
      report(
        'seed_0108',
        'Tot vrijdagochtend werden naar schatting van de regering meer dan drieduizend mensen die de straat op gingen gearresteerd.',
        morning('2022-01-07', 'Tot vrijdagochtend'),
      ),
      '2022-01-07',
    ],
    [
      'a ministry that "sprak dinsdag nog van" 5300 dead gave its count on Tuesday',
      report(
        'nos_0914',
        'Het oost-Libische ministerie van Binnenlandse Zaken sprak dinsdag nog van ruim 5300 doden.',
        day('2023-09-12', 'dinsdag'),
      ),
      '2023-09-12',
    ],
    [
      'the day of the blast is not the day its dead were counted',
      report(
        'tagesschau_0810',
        'Bei der Explosion von 2750 Tonnen Ammoniumnitrat waren am 4. August mehr als 160 Menschen ums Leben gekommen, rund 6000 wurden verletzt.',
        day('2020-08-04', 'am 4. August'),
      ),
      '2020-08-10',
    ],
    [
      'a commission that "said 22 people were killed in Tuesday’s protests" counted them in the next day’s report',
      report(
        'ap_0626',
        "The Kenya National Commission on Human Rights said 22 people were killed in Tuesday's protests, and that 300 were injured.",
        day('2024-06-25', 'Tuesday'),
      ),
      '2024-06-26',
    ],
    [
      'a toll that "had stood at 12" on Wednesday evening was Wednesday’s, though the day opens the sentence',
      report(
        'wire_0615',
        'On Wednesday evening the confirmed toll had stood at 12.',
        evening('2017-06-14', 'On Wednesday evening'),
      ),
      '2017-06-14',
    ],
    [
      'a Dutch count "hetzelfde aantal als gisteren" in Saturday’s report was given on Friday already',
      report('nos_0617', 'Officieel zijn 30 doden bevestigd, hetzelfde aantal als gisteren.'),
      '2017-06-16',
    ],
    [
      'a German count "dieselbe Zahl wie gestern" was given the day before too',
      report('nos_0617', 'Offiziell sind 30 Tote bestätigt, dieselbe Zahl wie gestern.'),
      '2017-06-16',
    ],
    [
      'a count "higher than yesterday" is the report’s own',
      report('nos_0617', 'Officieel zijn 30 doden bevestigd, meer dan gisteren.'),
      '2017-06-17',
    ],
    [
      'a count in an article dated only to the month has no reported day',
      report('volkskrant_01', 'Meer dan 5800 mensen zijn aangehouden.'),
      undefined,
    ],
  ])('%s', (_, c, expected) => {
    expect(reportedDay(c, publishedOf)).toBe(expected);
  });

  it('a value two reports give was reported on the earlier one’s day', () => {
    const both = [
      report('ap_0107', 'More than 3,000 people have been detained across the country, the ministry said.'),
      report(
        'seed_0108',
        'As of Friday morning, the government estimates that more than 3,000 people who took to the streets were arrested.',
        morning('2022-01-07', 'As of Friday morning'),
      ),
    ];
    expect(earliestReported(both, publishedOf)).toBe('2022-01-07');
  });
});

describe('the order of a figure’s values', () => {
  it.each<[string, { value: number; reported?: string }[], number[]]>([
    [
      'the arrests read 200, 2,000, 3,000 as they were reported on 5, 6 and 7 January',
      [
        { value: 3000, reported: '2022-01-07' },
        { value: 200, reported: '2022-01-05' },
        { value: 2000, reported: '2022-01-06' },
      ],
      [200, 2000, 3000],
    ],
    [
      'a lower count reported later comes after the higher one',
      [
        { value: 2000, reported: '2022-01-19' },
        { value: 2500, reported: '2022-01-07' },
      ],
      [2500, 2000],
    ],
    [
      'two counts of one day go by value',
      [
        { value: 164, reported: '2022-01-09' },
        { value: 160, reported: '2022-01-09' },
      ],
      [160, 164],
    ],
    [
      'a count with no reported day comes last',
      [{ value: 5800 }, { value: 4404, reported: '2022-01-08' }],
      [4404, 5800],
    ],
  ])('%s', (_, values, expected) => {
    expect([...values].sort(byReported).map((v) => v.value)).toEqual(expected);
  });
});

const arrested = (value: number, text: string): Figure => ({
  value,
  counts: 'people arrested',
  text,
  qualifier: 'more-than',
});

describe('a figure conflict of the Kazakh arrests', () => {
  it('lists 200, 2,000 and 3,000 in the order they were reported, each with its day', () => {
    const members = [
      report('ap_0107', 'More than 3,000 people have been detained across the country, the ministry said.'),
      report('nos_0106', 'Volgens het ministerie van Binnenlandse Zaken zijn ruim 2000 mensen opgepakt.'),
      report(
        'tagesschau_0105',
        'Nach Angaben des Innenministeriums wurden dabei 95 Polizisten verletzt, mehr als 200 Menschen wurden festgenommen.',
      ),
    ];
    members[0]!.figures = [arrested(3000, 'More than 3,000')];
    members[1]!.figures = [arrested(2000, 'ruim 2000')];
    members[2]!.figures = [arrested(200, 'mehr als 200')];
    const [conflict] = findConflicts(members, newSource, compareSources, undefined, publishedOf);
    expect(conflict?.values.map((v) => [v.value, v.reported, v.sources.map((s) => s.document)])).toEqual([
      [200, '2022-01-05', ['tagesschau_0105']],
      [2000, '2022-01-06', ['nos_0106']],
      [3000, '2022-01-07', ['ap_0107']],
    ]);
    // The event file keeps its keys in the schema's order, so the app reads it without a copy.
    expect(Object.keys(conflict?.values[0] ?? {})).toEqual(['value', 'reported', 'sources']);
  });

  it('without publication dates keeps every value, in the order of their values', () => {
    const members = [
      report('ap_0107', 'More than 3,000 people have been detained across the country, the ministry said.'),
      report('nos_0106', 'Volgens het ministerie van Binnenlandse Zaken zijn ruim 2000 mensen opgepakt.'),
    ];
    members[0]!.figures = [arrested(3000, 'More than 3,000')];
    members[1]!.figures = [arrested(2000, 'ruim 2000')];
    const [conflict] = findConflicts(members, newSource, compareSources);
    expect(conflict?.values.map((v) => [v.value, v.reported])).toEqual([
      [2000, undefined],
      [3000, undefined],
    ]);
  });
});
