import { describe, expect, it } from 'vitest';
import { fold, joinsName, slug, tokenize } from './text.ts';

describe('text helpers', () => {
  it.each([
    ['Schanaösen', 'schanaosen'],
    ['Großbritannien', 'grossbritannien'],
    ['Armenië', 'armenie'],
    ['ALMATY', 'almaty'],
  ])('folds %s to %s', (s, folded) => {
    expect(fold(s)).toBe(folded);
  });

  it('tokenizes with offsets into the text and marks capitals and acronyms', () => {
    const text = 'Kassym-Jomart Tokayev and the CSTO';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Kassym',
      'Jomart',
      'Tokayev',
      'and',
      'the',
      'CSTO',
    ]);
    expect(tokens.map((t) => t.capitalised)).toEqual([true, true, true, false, false, true]);
    expect(tokens.map((t) => t.allCaps)).toEqual([false, false, false, false, false, true]);
  });

  it.each([
    [' ', true],
    ['-', true],
    ['.', true],
    [', ', false],
    [' (', false],
  ])('lets %j join two words of a name: %s', (between, joins) => {
    expect(joinsName(between)).toBe(joins);
  });

  it('makes ids from names', () => {
    expect(slug('Almaty International Airport')).toBe('almaty-international-airport');
  });
});
