import { describe, expect, it } from 'vitest';
import { alternation, isLang, LEXICONS, lookup, numberSource, numberValue } from './lexicon.ts';

describe('time lexicons', () => {
  it.each([
    ['en', 'Friday', 5],
    ['nl', 'zaterdag', 6],
    ['de', 'Sonnabend', 6],
  ] as const)('[%s] “%s” is weekday %i', (lang, word, day) => {
    expect(lookup(LEXICONS[lang].weekdays, word)).toBe(day);
  });

  it('looks months up with or without a final dot and in any case', () => {
    expect(lookup(LEXICONS.en.months, 'Sept.')).toBe(9);
    expect(lookup(LEXICONS.de.months, 'März')).toBe(3);
  });

  it('puts longer words first so “sept” wins over “sep”', () => {
    expect(alternation(['sep', 'sept', 'a few'])).toBe('a\\s+few|sept|sep');
  });

  it.each([
    ['en', 'twenty-four', 24],
    ['en', 'ninety nine', 99],
    ['nl', 'tweeëntwintig', 22],
    ['nl', 'vierentwintig', 24],
    ['de', 'einundzwanzig', 21],
    ['de', 'zwölf', 12],
  ] as const)(
    '[%s] reads the number word “%s” as %i, and its pattern matches it whole',
    (lang, word, value) => {
      expect(numberValue(lang, word)).toBe(value);
      expect(new RegExp(`^(?:${numberSource(lang)})$`, 'iu').test(word)).toBe(true);
    },
  );

  it('knows which languages it has rules for', () => {
    expect(['en', 'nl', 'de', 'fr'].map(isLang)).toEqual([true, true, true, false]);
  });
});
