import { describe, expect, it } from 'vitest';
import { oneByte } from './one-byte.ts';

/** A sentence sliced from a paragraph that holds a curly quote, as segment.ts slices it. */
function slicedAfterQuote(sentence: string): string {
  const paragraph = `“Wir bleiben,” sagte er. ${sentence}`;
  return paragraph.slice(paragraph.length - sentence.length);
}

describe('a sentence held one byte a character keeps its characters', () => {
  it.each([
    ['Germany has temporarily halted arms exports to Kazakhstan.'],
    ['Duitsland heeft de export van wapens aan Kazachstan voorlopig stopgezet.'],
    ['Die Bundesregierung hat die Ausfuhr von Rüstungsgütern nach Kasachstan gestoppt.'],
    ['Straße, façade, naïve: Latin-1 letters stay as they are.'],
    ['Last year, Germany issued export licenses for weapons worth €2.2 million.'],
    ['“U.S. citizens in Kazakhstan should be aware,” the embassy said.'],
    ['Tokayev’s order – shoot without warning – stood.'],
  ])('%s', (sentence) => {
    expect(oneByte(slicedAfterQuote(sentence))).toBe(sentence);
  });
});
