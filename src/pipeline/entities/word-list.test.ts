import { describe, expect, it } from 'vitest';
import { WordList } from './word-list.ts';

const words = ['soldaten', 'eyewitness', 'almaty', 'a', 'ab', 'abc', 'zürich', 'co₂', 'soldaten'];
const list = WordList.of(words);

describe('WordList', () => {
  it.each(words)('has the listed word %s', (w) => {
    expect(list.has(w)).toBe(true);
  });

  it.each(['', 'soldat', 'soldatens', 'b', 'abcd', 'zurich', 'ab\nabc', 'a\n', 'Almaty'])(
    'has no %j',
    (w) => {
      expect(list.has(w)).toBe(false);
    },
  );

  it('reads back from its text and hash table as it was', () => {
    const copy = WordList.from(list.text, Int32Array.from(list.slots));
    expect(words.every((w) => copy.has(w))).toBe(true);
    expect(copy.has('soldat')).toBe(false);
  });

  it('answers as a Set does over many words', () => {
    const many = Array.from({ length: 5000 }, (_, i) => (i * 7919).toString(36));
    const big = WordList.of(many.filter((_, i) => i % 2 === 0));
    expect(many.filter((w) => big.has(w))).toEqual(many.filter((_, i) => i % 2 === 0));
  });

  it('holds no word when built from none', () => {
    expect(WordList.of([]).has('')).toBe(false);
  });

  it('refuses a text and a table that do not fit', () => {
    expect(() => WordList.from('almaty', new Int32Array(4))).toThrow();
    expect(() => WordList.from('almaty\n', new Int32Array(3))).toThrow();
  });
});
