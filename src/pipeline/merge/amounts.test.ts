/** Sums of money are the size of a measure: the lexicon's amount nouns, and no other counts. */
import { describe, expect, it } from 'vitest';
import { isAmount } from './amounts.ts';

describe('sums of money', () => {
  it.each(['francs', 'euros', 'dollars'])('%s are sums of money', (noun) => {
    expect(isAmount(noun)).toBe(true);
  });
  it.each(['people', 'jobs', 'shares'])('%s are no sums of money', (noun) => {
    expect(isAmount(noun)).toBe(false);
  });
});
