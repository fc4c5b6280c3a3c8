import { describe, expect, it } from 'vitest';
import { namesDate } from './named-date.ts';

const at = (sentence: string, day: string) => ({ start: sentence.indexOf(day) });

describe('a day named as the content of a date', () => {
  it.each<[string, string, boolean]>([
    [
      'The election date of 22 November was set by the Electoral Council the following day.',
      '22 November',
      true,
    ],
    ['De Kiesraad stelde dinsdag de datum van 22 november vast.', '22 november', true],
    ['Der Wahlrat legte den Wahltermin am 22. November fest.', '22. November', true],
    ['The election was held on 22 November.', '22 November', false],
    ['Die Wahl findet am 22. November statt.', '22. November', false],
  ])('“%s”: “%s” names a date, %s', (sentence, day, named) => {
    expect(namesDate(sentence, at(sentence, day))).toBe(named);
  });
});
