import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { ParagraphCountry } from './paragraph-country.ts';

const mention = (kind: Mention['kind'], id: string): Mention => ({
  text: id,
  start: 0,
  end: id.length,
  kind,
  id,
  resolution: 'exact',
});

const UKRAINE = mention('place', 'ukraine');
const SERVES: Record<string, string> = {
  'willem-alexander': 'netherlands',
  maxima: 'netherlands',
  rutte: 'netherlands',
  putin: 'russia',
};
const countryOf = (m: Mention) => (m.id === undefined ? undefined : SERVES[m.id]);
const inUkraine = (m: Mention) => m.id === 'ukraine' || m.id === 'donetsk';

/** The country "het hele land" stands for in the last of the paragraph's sentences. */
function wholeCountry(sentences: Mention[][]): string | undefined {
  const paragraph = new ParagraphCountry(UKRAINE, countryOf, inUkraine);
  return sentences.map((mentions) => paragraph.of('p1', mentions)).at(-1)?.id;
}

describe('the country "het hele land" stands for in a paragraph', () => {
  it.each<[string, Mention[][], string]>([
    [
      'is the Netherlands where the King, the Queen and the prime minister are at the arrival',
      [[mention('actor', 'willem-alexander'), mention('actor', 'maxima'), mention('actor', 'rutte')], []],
      'netherlands',
    ],
    [
      'stays the report’s country where one foreign leader alone is named',
      [[mention('actor', 'putin')], []],
      'ukraine',
    ],
    [
      'stays the report’s country where the paragraph names a place in it',
      [[mention('actor', 'rutte'), mention('actor', 'maxima'), mention('place', 'donetsk')], []],
      'ukraine',
    ],
    [
      'stays the report’s country where the paragraph’s leaders serve two countries',
      [[mention('actor', 'rutte'), mention('actor', 'maxima'), mention('actor', 'putin')], []],
      'ukraine',
    ],
  ])('%s', (_, sentences, expected) => {
    expect(wholeCountry(sentences)).toBe(expected);
  });

  it('starts again with each paragraph', () => {
    const paragraph = new ParagraphCountry(UKRAINE, countryOf, inUkraine);
    paragraph.of('p1', [mention('actor', 'rutte'), mention('actor', 'maxima')]);
    expect(paragraph.of('p2', [])?.id).toBe('ukraine');
  });
});
