import { describe, expect, it } from 'vitest';
import type { Conflict, Source } from '../../schema/events.ts';
import {
  conflictCaption,
  conflictsHeading,
  figureLabel,
  onlyGrows,
  orderedValues,
  reportedLabel,
  timexLabel,
  valueLabel,
} from './conflict-values.ts';

const source = (document: string, sentence: string): Source => ({
  document,
  paragraph: 'p1',
  sentence,
  start: 0,
  end: sentence.length,
});

const tagesschau = source(
  'de_tagesschau_0105',
  'Nach Angaben des Innenministeriums wurden dabei 95 Polizisten verletzt, mehr als 200 Menschen wurden festgenommen.',
);
const nos = source(
  'nl_nos_0106',
  'Volgens het ministerie van Binnenlandse Zaken zijn ruim 2000 mensen opgepakt.',
);
const ap = source(
  'en_ap_0107',
  'More than 3,000 people have been detained across the country, the ministry said.',
);

/** The Kazakh arrests as the pipeline writes them: reported on 5, 6 and 7 January. */
const arrests: Conflict = {
  field: 'figures.people arrested',
  values: [
    { value: 200, reported: '2022-01-05', sources: [tagesschau] },
    { value: 2000, reported: '2022-01-06', sources: [nos] },
    { value: 3000, reported: '2022-01-07', sources: [ap] },
  ],
};

const figures = (...values: [number, string?][]): Conflict => ({
  field: 'figures.people arrested',
  values: values.map(([value, reported]) => ({
    value,
    ...(reported === undefined ? {} : { reported }),
    sources: [ap],
  })),
});

describe('a date a source gave, in words', () => {
  it.each([
    ['a day', '2022-01-08', 'en', '8 Jan 2022'],
    ['a night', '2022-01-05TNI', 'en', '5 Jan 2022, night'],
    ['a Dutch evening', '2022-01-05TEV', 'nl', '5 jan 2022, avond'],
    ['a time of day', '2022-01-07T09:30', 'en', '7 Jan 2022, 09:30'],
    ['a week from its Monday', '2022-W01', 'en', 'week of 3 Jan 2022'],
    ['a week whose Monday lies in the year before', '2021-W52', 'nl', 'week van 27 dec 2021'],
    ['a weekend from its Saturday', '2021-W52-WE', 'en', 'weekend of 1 Jan 2022'],
    ['a month', '2024-07', 'en', 'July 2024'],
    ['a year as written', '2021', 'en', '2021'],
    ['the days "de afgelopen week" spans', '2022-01-02/2022-01-08', 'en', '2–8 Jan 2022'],
    ['days in two months', '2022-01-28/2022-02-03', 'nl', '28 jan–3 feb 2022'],
    ['days in two years', '2021-12-27/2022-01-08', 'en', '27 Dec 2021–8 Jan 2022'],
    ['words a hand-made file gives as written', 'earlier this week', 'en', 'earlier this week'],
  ] as const)('%s: %s reads "%s"', (_name, value, language, expected) => {
    expect(timexLabel(value, language)).toBe(expected);
  });
});

describe('a figure, grouped as the interface language groups it', () => {
  it.each([
    ['English thousands take a comma', 3000, 'en', '3,000'],
    ['Dutch thousands take a point', 3000, 'nl', '3.000'],
    ['a small number has no separator', 200, 'en', '200'],
  ] as const)('%s', (_name, value, language, expected) => {
    expect(figureLabel(value, language)).toBe(expected);
  });

  it('a when value reads as a date and a figure as a number', () => {
    expect(valueLabel('when', '2022-01-05TNI', 'en')).toBe('5 Jan 2022, night');
    expect(valueLabel('figures.people arrested', 2000, 'en')).toBe('2,000');
  });

  it('the reported day is short', () => {
    expect(reportedLabel('2022-01-07', 'en')).toBe('reported 7 Jan');
    expect(reportedLabel('2022-01-07', 'nl')).toBe('gemeld 7 jan');
  });
});

describe('the order of a figure’s values', () => {
  it.each<[string, Conflict, number[]]>([
    ['the arrests read 200, 2,000, 3,000 as reported on 5, 6 and 7 January', arrests, [200, 2000, 3000]],
    [
      'values of a file in another order are put in the order they were reported',
      figures([3000, '2022-01-07'], [200, '2022-01-05'], [2000, '2022-01-06']),
      [200, 2000, 3000],
    ],
    [
      'a lower count reported later comes after the higher one',
      figures([2000, '2022-01-19'], [2500, '2022-01-07']),
      [2500, 2000],
    ],
    ['values of one day go by value', figures([164, '2022-01-09'], [160, '2022-01-09']), [160, 164]],
    ['a value with no reported day comes last', figures([5800], [4404, '2022-01-08']), [4404, 5800]],
  ])('%s', (_name, conflict, expected) => {
    expect(orderedValues(conflict).map((v) => v.value)).toEqual(expected);
  });

  it('dates keep the order of the file', () => {
    const when: Conflict = {
      field: 'when',
      values: [
        { value: '2022-01-08', sources: [ap] },
        { value: '2022-W01', sources: [nos] },
      ],
    };
    expect(orderedValues(when).map((v) => v.value)).toEqual(['2022-01-08', '2022-W01']);
  });
});

describe('a count that rose as it was reported', () => {
  it.each<[string, Conflict, boolean, string]>([
    [
      'arrests of 200, 2,000 and 3,000 reported on three days rose',
      arrests,
      true,
      'People arrested: figures changed as reports came in',
    ],
    [
      'more than 3,000 and more than 4,000 told on one day disagree',
      figures([3000, '2022-01-08'], [4000, '2022-01-08']),
      false,
      'Figures: people arrested',
    ],
    [
      'a lower count told later is a disagreement',
      figures([2500, '2022-01-07'], [2000, '2022-01-19']),
      false,
      'Figures: people arrested',
    ],
    [
      'a count without a reported day cannot be seen to rise',
      figures([4404, '2022-01-08'], [5800]),
      false,
      'Figures: people arrested',
    ],
  ])('%s', (_name, conflict, grows, caption) => {
    const values = orderedValues(conflict);
    expect(onlyGrows(values)).toBe(grows);
    expect(conflictCaption(conflict, values, 'en')).toBe(caption);
  });

  it('is captioned in Dutch too', () => {
    expect(conflictCaption(arrests, arrests.values, 'nl')).toBe(
      'People arrested: de cijfers veranderden naarmate er berichten binnenkwamen',
    );
  });

  it('a date conflict is captioned as a date', () => {
    expect(conflictCaption({ field: 'when', values: [] }, [], 'nl')).toBe('Datum');
  });
});

describe('the heading over an event’s conflicts', () => {
  it.each<[string, Conflict[], 'en' | 'nl', string]>([
    [
      'only a count that rose: how the figures changed',
      [arrests],
      'en',
      'How the figures changed as reports came in',
    ],
    ['the same in Dutch', [arrests], 'nl', 'Hoe de cijfers veranderden naarmate er berichten binnenkwamen'],
    [
      'a count that rose beside a disagreeing date: sources disagree',
      [arrests, { field: 'when', values: [] }],
      'en',
      'Where sources disagree',
    ],
    [
      'more than 3,000 against more than 4,000 on one day: sources disagree',
      [figures([3000, '2022-01-08'], [4000, '2022-01-08'])],
      'en',
      'Where sources disagree',
    ],
  ])('%s', (_name, conflicts, language, heading) => {
    expect(conflictsHeading(conflicts, language)).toBe(heading);
  });
});
