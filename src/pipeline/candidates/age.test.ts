/**
 * A number glued to an age word gives a person's age: "der 17-jährige Verdächtige" is one suspect,
 * never 17 people charged.
 */
import { describe, expect, it } from 'vitest';
import { givesAge } from './age.ts';
import { candidatesOf } from './test-helpers.ts';

function figures(lang: string, text: string): string[] {
  return candidatesOf(lang, text, '2024-08-01').flatMap((c) =>
    c.figures.map((f) => `${f.value} ${f.counts}`),
  );
}

describe('an age counts no one', () => {
  it.each([
    [
      'de',
      'Nach dem Messerangriff ist der 17-jährige Verdächtige wegen Mordes in drei Fällen angeklagt worden.',
      [],
    ],
    ['de', 'Ein 26-jähriger Syrer wurde wegen Mordes angeklagt.', []],
    ['nl', 'De 17-jarige verdachte is aangeklaagd voor moord.', []],
    ['en', 'The 17-year-old suspect was charged with three counts of murder.', []],
  ])('[%s] “%s” counts %j', (lang, text, expected) => {
    expect(figures(lang, text)).toEqual(expected);
  });

  it.each([
    ['der 17-jährige Verdächtige', 6, true],
    ['de 17-jarige verdachte', 5, true],
    ['a 17-year-old boy', 4, true],
    ['17-Jährigen', 2, true],
    ['17 Verdächtige', 2, false],
    ['a 17-day trial', 4, false],
  ])('in “%s” the number before offset %i gives an age: %s', (text, end, expected) => {
    expect(givesAge(text, end)).toBe(expected);
  });
});
