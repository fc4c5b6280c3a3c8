/**
 * A nationality between a number and the noun of money names the currency ("3 billion Swiss
 * francs", Credit Suisse, March 2023): the figure counts francs, not Swiss people.
 */
import { describe, expect, it } from 'vitest';
import { withDemonymCounts } from './demonym-counts.ts';
import { findFigures } from './figures.ts';
import { defaultLexicon } from './lexicon.ts';

const lexicon = withDemonymCounts(defaultLexicon, ['Swiss', 'Afghanen']);

function counted(lang: string, text: string): [number, string][] {
  return findFigures(text, lang, 'takeover', lexicon).map((f) => [f.figure.value, f.figure.counts]);
}

describe('a nationality before the noun of money', () => {
  it('“UBS agreed on Sunday to buy Credit Suisse for 3 billion Swiss francs” counts francs', () => {
    expect(counted('en', 'UBS agreed on Sunday to buy Credit Suisse for 3 billion Swiss francs.')).toEqual([
      [3_000_000_000, 'francs'],
    ]);
  });

  it('“Nearly 200 Swiss were flown out” still counts people', () => {
    expect(counted('en', 'Nearly 200 Swiss were flown out on Monday.')).toEqual([[200, 'people']]);
  });

  it('“mindestens 60 Afghanen” still counts people', () => {
    expect(counted('de', 'Bei dem Angriff wurden mindestens 60 Afghanen getötet.')).toEqual([[60, 'people']]);
  });
});
