import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

/** The values of the time expressions of one sentence published on Tuesday 19 March 2019. */
const values = (lang: string, text: string) =>
  extractTimexes(text, { lang, dct: '2019-03-19' }).map((t) => t.value);

describe('a date that names a square, street or bridge is no time', () => {
  it.each([
    [
      'en',
      'The attacker opened fire at around 10.45 on Monday to the passengers in the tram at the square of 24 October.',
      ['2019-03-18'],
    ],
    ['en', 'Protesters gathered on the 6th of October Bridge.', []],
    ['de', 'Die Demonstranten zogen über den Platz des 24. Oktober.', []],
    ['en', 'The tram was halted on 24 October.', ['2018-10-24']],
  ])('[%s] “%s” gives %j', (lang, text, expected) => {
    expect(values(lang, text)).toEqual(expected);
  });
});
