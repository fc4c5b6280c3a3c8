import { describe, expect, it } from 'vitest';
import { withDemonymCounts } from './demonym-counts.ts';
import { findFigures } from './figures.ts';
import { defaultLexicon } from './lexicon.ts';

const lexicon = withDemonymCounts(defaultLexicon, [
  'Afghan',
  'Afghanen',
  'afghanischen',
  'Afghaanse',
  'Amerikaanse',
]);

describe('a number before the plural noun of a nationality counts people', () => {
  it.each<[string, string, string, number, string]>([
    [
      'de',
      'Bei dem Anschlag sind mindestens 60 Afghanen und 13 US-Soldaten getötet worden.',
      'death',
      60,
      'people killed',
    ],
    ['de', 'Dabei wurden 13 US-Soldaten und mehr als 170 Afghanen getötet.', 'death', 170, 'people killed'],
    ['de', 'Dabei wurden 13 US-Soldaten und mehr als 170 Afghanen getötet.', 'death', 13, 'troops killed'],
    ['nl', 'Bij de aanslag kwamen 13 Amerikaanse militairen om.', 'death', 13, 'troops killed'],
  ])('[%s] “%s” (%s) counts %i %s', (lang, text, kind, value, counts) => {
    expect(findFigures(text, lang, kind, lexicon).map((f) => f.figure)).toContainEqual(
      expect.objectContaining({ value, counts }),
    );
  });

  it('leaves adjectives out: “60 afghanischen Soldaten” counts troops', () => {
    const figures = findFigures('Dabei wurden 60 afghanischen Soldaten getötet.', 'de', 'death', lexicon);
    expect(figures.map((f) => f.figure.counts)).toEqual(['troops killed']);
  });
});
