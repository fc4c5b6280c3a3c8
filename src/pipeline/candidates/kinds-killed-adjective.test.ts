/**
 * Words the lexicon had only in other forms: the German participle of killing as an adjective
 * ("26 getöteten Zivilisten"), the English "spoke of" beside "sprak van" and "sprach von".
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a killing told as an adjective', () => {
  it.each<[string, string, string, string]>([
    [
      'the German dead as an adjective count as killed',
      'de',
      'Das pakistanische Militär sprach am Mittwoch von 26 getöteten Zivilisten.',
      'death',
    ],
    [
      'the German dead as an adjective in the nominative count as killed',
      'de',
      'Am Mittwoch meldete die Armee 26 getötete Zivilisten.',
      'death',
    ],
  ])('%s', (_, lang, text, kind) => {
    expect(kindsAndTitles(lang, text, '2025-05-07').map((c) => c.kind)).toContain(kind);
  });

  it('an English "spoke of" is a statement, as "sprak van" and "sprach von" are', () => {
    const text = 'On Saturday Shehbaz Sharif spoke of a "befitting response".';
    const kinds = kindsAndTitles('en', text, '2025-05-10', [['Shehbaz Sharif', 'actor', 'shehbaz-sharif']]);
    expect(kinds.map((c) => c.kind)).toEqual(['statement']);
  });
});
