import { describe, expect, it } from 'vitest';
import { tokenize as candidateTokens } from '../candidates/tokenize.ts';
import { firstWord, fold, joinsName, slug, tokenize } from './text.ts';

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
    [
      'Kazakhstan’s CSTO-led force, 2,500 troops',
      ['Kazakhstan', 's', 'CSTO', 'led', 'force', '2', '500', 'troops'],
    ],
    ['Ünal ÇAKIR in İstanbul', ['Ünal', 'ÇAKIR', 'in', 'İstanbul']],
    ['Straße ½ ٣٤ 中文 𝒜b 😀x', ['Straße', '½', '٣٤', '中文', '𝒜b', 'x']],
    ['a\uD800b \uDC00c', ['a', 'b', 'c']],
  ])('splits %j into runs of letters and digits as \\p{L} and \\p{N} define them', (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
    expect(tokenize(text).map((t) => t.text)).toEqual(text.match(/[\p{L}\p{N}]+/gu));
  });

  it.each([
    ['ALMATY', 'almaty', true, true],
    ['Almaty', 'almaty', true, false],
    ['almaty', 'almaty', false, false],
    ['A1', 'a1', true, false],
    ['ÇAKIR', 'cakir', true, true],
    ['Ñandú', 'nandu', true, false],
    ['12', '12', false, false],
  ])('shapes %s as %s, capitalised %s, all capitals %s', (word, norm, capitalised, allCaps) => {
    expect(tokenize(word)).toEqual([{ text: word, norm, start: 0, end: word.length, capitalised, allCaps }]);
  });

  it.each(['Kassym-Jomart Tokayev', ' (Ünal) Çakır', '…', ''])(
    'takes the folded first word of %j as tokenize does',
    (text) => {
      expect(firstWord(text)).toEqual(tokenize(text)[0]?.norm);
    },
  );

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

describe('the characters of a word', () => {
  /** Whether each tokenizer reads `c` alone as a word: the letters and digits. */
  const isWord = (c: string) => [tokenize(c).length === 1, candidateTokens(c).length === 1];

  it('are the letters and digits the candidates stage reads, in every code unit outside surrogates', () => {
    const differing: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const c = String.fromCharCode(unit);
      // The candidates' words also hold currency signs ("€5").
      if ((unit >= 0xd800 && unit <= 0xdfff) || c === '€' || c === '$') continue;
      const [entities, candidates] = isWord(c);
      if (entities !== candidates) differing.push(c);
    }
    expect(differing).toEqual([]);
  });

  it.each([
    ['a letter outside the BMP', '𝐀', true],
    ['a digit outside the BMP', '𝟏', true],
    ['an emoji', '😀', false],
    ['a lone high surrogate', '\ud835', false],
  ])('are the same for both stages for %s', (_, c, expected) => {
    expect(isWord(c)).toEqual([expected, expected]);
  });
});
