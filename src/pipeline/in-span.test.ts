import { describe, expect, it } from 'vitest';
import { inSpan } from './in-span.ts';

describe('inSpan', () => {
  it.each([
    ['a word inside the clause lies in it', [10, 40] as const, { start: 12, end: 20 }, true],
    ['a word filling the clause exactly lies in it', [10, 40] as const, { start: 10, end: 40 }, true],
    ['a word crossing the clause end does not', [10, 40] as const, { start: 35, end: 45 }, false],
    ['a word before the clause does not', [10, 40] as const, { start: 2, end: 8 }, false],
    ['no clause holds nothing', null, { start: 12, end: 20 }, false],
    ['an unknown clause holds nothing', undefined, { start: 12, end: 20 }, false],
  ])('%s', (_name, span, at, expected) => {
    expect(inSpan(span, at)).toBe(expected);
  });
});
