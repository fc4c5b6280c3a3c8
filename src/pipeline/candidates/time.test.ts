import { describe, expect, it } from 'vitest';
import { boundariesBetween } from './time.ts';

describe('boundariesBetween', () => {
  it.each([
    ['Protests, which began on Sunday; spread – and – grew: more', 0, 59, 5],
    ['Protests, which began on Sunday; spread', 9, 30, 0],
    ['a,b,c', 1, 4, 2],
    ['a,b—c', 0, 5, 2],
    ['a,b,c', 4, 1, 0],
    ['a,b,c', 2, 99, 1],
  ])('counts the clause boundaries in "%s" from %i to %i', (text, from, to, count) => {
    expect(boundariesBetween(text, from, to)).toBe(count);
    expect(boundariesBetween(text, from, to)).toBe((text.slice(from, to).match(/[,;:–—]/g) ?? []).length);
  });
});
