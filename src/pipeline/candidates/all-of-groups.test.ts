/**
 * "killing all 144 passengers and six crew members": the two groups after "all" are the parts of a
 * whole the sentence does not write, neither a toll of all the crash killed.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from './figures.ts';
import { defaultLexicon } from './lexicon.ts';

describe('two groups counted together after “all”', () => {
  it.each<[string, string]>([
    [
      'en',
      'The Airbus slammed into the mountains on Tuesday morning, killing all 144 passengers and six crew members on board.',
    ],
    ['de', 'Beim Absturz starben alle 144 Passagiere und sechs Besatzungsmitglieder.'],
    ['nl', 'Bij de ramp kwamen alle 144 passagiers en zes bemanningsleden om het leven.'],
  ])('[%s] “%s” gives shares, no toll', (lang, text) => {
    const figures = findFigures(text, lang, 'death', defaultLexicon);
    expect(figures.map((f) => [f.figure.value, f.share === true])).toEqual([
      [144, true],
      [6, true],
    ]);
  });

  it('without “all” the groups are counted as told: “killing 144 passengers and six crew members”', () => {
    const figures = findFigures(
      'The crash killed 144 passengers and six crew members.',
      'en',
      'death',
      defaultLexicon,
    );
    expect(figures.every((f) => f.share !== true)).toBe(true);
  });
});
