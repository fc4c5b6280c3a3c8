import { describe, expect, it } from 'vitest';
import { numberSource, numberValue } from './spelled-numbers.ts';

describe('number words in time expressions', () => {
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
});
