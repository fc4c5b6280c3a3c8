import { describe, expect, it } from 'vitest';
import { isLang, LEXICONS } from './lexicon.ts';
import { lookup } from './word-pattern.ts';

describe('time lexicons', () => {
  it.each([
    ['en', 'Friday', 5],
    ['nl', 'zaterdag', 6],
    ['de', 'Sonnabend', 6],
  ] as const)('[%s] “%s” is weekday %i', (lang, word, day) => {
    expect(lookup(LEXICONS[lang].weekdays, word)).toBe(day);
  });

  it('knows which languages it has rules for', () => {
    expect(['en', 'nl', 'de', 'fr'].map(isLang)).toEqual([true, true, true, false]);
  });
});
