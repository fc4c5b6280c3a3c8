import { describe, expect, it } from 'vitest';
import { LEXICONS } from './lexicon.ts';
import { alternation, lookup } from './word-pattern.ts';

describe('word patterns', () => {
  it('looks months up with or without a final dot and in any case', () => {
    expect(lookup(LEXICONS.en.months, 'Sept.')).toBe(9);
    expect(lookup(LEXICONS.de.months, 'März')).toBe(3);
  });

  it('puts longer words first so “sept” wins over “sep”', () => {
    expect(alternation(['sep', 'sept', 'a few'])).toBe('a\\s+few|sept|sep');
  });
});
