import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

/** The definition the scan follows. */
const WORD = /[\p{L}\p{N}€$]+(?:[-'’.,][\p{L}\p{N}]+)*/gu;

function reference(text: string) {
  return [...text.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
    letters: /^[\p{L}-]+$/u.test(m[0]),
  }));
}

describe('tokenize', () => {
  it.each([
    ['The U.S. sent 2,500 troops.', ['the', 'u.s', 'sent', '2,500', 'troops']],
    ['Twenty-five people, the government’s plan.', ['twenty-five', 'people', 'the', 'government’s', 'plan']],
    ['€5 bn and $3,2 m; 5,$3 and a-b$c', ['€5', 'bn', 'and', '$3,2', 'm', '5', '$3', 'and', 'a-b', '$c']],
    ['Straße in Köln — „Zwölf“ Tote', ['straße', 'in', 'köln', 'zwölf', 'tote']],
    ['İstanbul and ΟΔΟΣ and ΑΣ.Β', ['i̇stanbul', 'and', 'οδος', 'and', 'ασ.β']],
    ['x-- y.- 𝐀𝐁 𐐀𐐁 😀 end.', ['x', 'y', '𝐀𝐁', '𐐨𐐩', 'end']],
  ])('splits "%s" into its words', (text, words) => {
    expect(tokenize(text).map((t) => t.word)).toEqual(words);
  });

  it.each([
    'A Turkish constructor and 300 workers were arrested on 5 January 2022.',
    'Drieduizend mensen — zo’n 3.000 — demonstreerden in ’s-Hertogenbosch.',
    'İSTANBUL: ΑΣ ΣΑ Σ, ΑΣ·Β ΑΣ\u00adΒ, ÀÉÎ-ÕÜ 𝐀-𝐁 \ud835 lone \udc00 surrogates, 1.2.3 a.b. c,,d',
    'Drei-2 a-b’c x-y-z 5-a €-a a€ 𐐀-𐐁 𝟘-x',
    '',
  ])('finds the words, offsets and lower case of the word pattern in "%s"', (text) => {
    expect(tokenize(text)).toEqual(reference(text));
  });
});
