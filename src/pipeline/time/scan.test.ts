import { describe, expect, it } from 'vitest';
import { wordScanner } from './scan.ts';

const scanner = wordScanner(
  new Map([
    ['vrijdag', 2],
    ['day', 4],
    ['yesterday', 8],
    ['the day before yesterday', 16],
    ["new year's day", 32],
  ]),
  64,
);

describe('one scan for many words', () => {
  it.each([
    ['Vrijdagochtend werd hij opgepakt.', 2],
    ['It lasted a DAY or two.', 4],
    ['It happened yesterday.', 8],
    ['It happened the  day\nbefore yesterday.', 4 | 8 | 16],
    ["On New Year's Day.", 4 | 32],
    ['On day 3.', 4 | 64],
    ['The weekday of the holiday.', 0],
    ['Nothing at all here.', 0],
  ])('finds in “%s” the marks %i', (text, marks) => {
    expect(scanner.scan(text)).toBe(marks);
  });

  it('finds a word whose letters lower case does not bring back ("ſ" is an s)', () => {
    expect(scanner.scan('It happened yeſterday.')).toBe(8);
  });

  it('takes only lower-case words with single blanks', () => {
    expect(() => wordScanner(new Map([['Friday', 1]]), 0)).toThrow(/lower case/);
    expect(() => wordScanner(new Map([['the  day', 1]]), 0)).toThrow(/single blanks/);
  });
});
