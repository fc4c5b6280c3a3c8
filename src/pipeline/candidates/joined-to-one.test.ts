import { describe, expect, it } from 'vitest';
import { joinedToOne } from './joined-to-one.ts';
import type { NumberSpan } from './numbers.ts';

/** The span of the number word `word` in `text`. */
function numberIn(text: string, word: string): NumberSpan {
  const start = text.indexOf(word);
  return { start, end: start + word.length } as NumberSpan;
}

describe('a count joined by “and” to one person told before it is only a part', () => {
  it.each<[string, string, boolean]>([
    [
      'Eerder kwamen een 19-jarige vrouw uit Vleuten en twee mannen van 28 en 49 jaar uit Utrecht om het leven.',
      'twee',
      true,
    ],
    ['A woman and two men were killed in the shooting.', 'two', true],
    ['Getötet wurden eine junge Frau und zwei Männer.', 'zwei', true],
    ['Bij de schietpartij kwamen drie mensen om het leven.', 'drie', false],
    ['In a tram, three people were killed and seven wounded.', 'seven', false],
    ['A gunman killed three people and wounded seven.', 'seven', false],
    ['A truck hit a crowd and 12 people were killed.', '12', false],
  ])('“%s”: %s → %s', (text, word, expected) => {
    expect(joinedToOne(text, numberIn(text, word))).toBe(expected);
  });
});
