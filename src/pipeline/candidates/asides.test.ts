/**
 * An "including …" aside names what befell a part of the main count; the sentence reports the
 * main happening, and its count is of that.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

function kindsAndFigures(lang: string, text: string): string[] {
  return candidatesOf(lang, text, '2022-07-22').map(
    (c) => `${c.kind}: ${c.figures.map((f) => `${f.value} ${f.counts}`).join(', ')}`,
  );
}

describe('a count with an "including …" aside counts the main happening', () => {
  it.each([
    [
      'an English arrest count with "including two injured" counts nine arrested, none injured',
      'en',
      'Police said nine people, including two injured, had been arrested.',
      ['arrest: 9 people arrested'],
    ],
    [
      'a German "darunter zwei Verletzte" is no injury of its own',
      'de',
      'Die Polizei nahm am Freitag neun Menschen fest, darunter zwei Verletzte.',
      ['arrest: 9 people arrested'],
    ],
    [
      'a Dutch "onder wie twee gewonden" is no injury of its own',
      'nl',
      'De politie arresteerde vrijdag negen mensen, onder wie twee gewonden.',
      ['arrest: 9 people arrested'],
    ],
    [
      'an injury told outside the aside still stands beside the arrests',
      'en',
      'Police arrested nine people, including two students, and 14 people were injured.',
      ['arrest: 9 people arrested', 'injury: 14 people injured'],
    ],
  ])('%s', (_name, lang, text, expected) => {
    expect(kindsAndFigures(lang, text).sort()).toEqual(expected);
  });
});
