import { describe, expect, it } from 'vitest';
import { defaultLexicon } from './lexicon.ts';
import { findNumbers } from './numbers.ts';
import { perfectVictims, tallyOfDead, withoutLink } from './tally-of-dead.ts';
import { tokenize } from './tokenize.ts';

/** Whether the sentence's first number closes a tally of the dead. */
function closesTally(lang: string, text: string): boolean {
  const tokens = tokenize(text);
  const [n] = findNumbers(text, lang, tokens);
  return n !== undefined && tallyOfDead(text, tokens, withoutLink(n), defaultLexicon) >= 0;
}

describe('a number that closes a tally of the dead', () => {
  it.each<[string, string, boolean]>([
    ['en', 'The death toll from the earthquake has risen to 133.', true],
    ['nl', 'Het dodental is opgelopen tot 133.', true],
    ['de', 'Die Zahl der Toten ist auf 133 gestiegen.', true],
    ['en', 'Police arrested 133 people on Friday.', false],
    ['de', 'Die Zahl der Toten nach den Beben vom 6. Februar stieg auf 50.000.', false],
  ])('[%s] “%s”: %s', (lang, text, expected) => {
    expect(closesTally(lang, text)).toBe(expected);
  });

  it('reads "tot 133" after a tally as the number 133 exactly, no "up to"', () => {
    const text = 'Het dodental is opgelopen tot 133.';
    const [n] = findNumbers(text, 'nl');
    expect(n && withoutLink(n)).toMatchObject({ text: '133', qualifier: 'exact' });
  });
});

/** Whether the sentence's first number counts the dead as they stand, in the perfect. */
function inPerfect(lang: string, text: string): boolean {
  const tokens = tokenize(text);
  const [n] = findNumbers(text, lang, tokens);
  return n !== undefined && perfectVictims(text, tokens, n, defaultLexicon);
}

describe('a toll in the perfect is the toll as it stands', () => {
  it.each<[string, string, string, boolean]>([
    [
      'an English "have killed at least 217"',
      'en',
      'Floods that have killed at least 217 people hit Valencia.',
      true,
    ],
    [
      'a Dutch "zijn zeker elf mensen om het leven gekomen" with no day',
      'nl',
      'Door de branden in Los Angeles zijn zeker elf mensen om het leven gekomen.',
      true,
    ],
    [
      'a German "sind mindestens 24 Menschen ums Leben gekommen" with no day',
      'de',
      'Bei den verheerenden Bränden im Großraum Los Angeles sind mindestens 24 Menschen ums Leben gekommen.',
      true,
    ],
    [
      'a Dutch perfect that names its day tells that day’s deaths',
      'nl',
      'Bij de aanval zijn zaterdag zeker drie mensen om het leven gekomen.',
      false,
    ],
    [
      'a German perfect that names its day tells that day’s deaths',
      'de',
      'Am Freitag sind mindestens fünf Menschen gestorben.',
      false,
    ],
    ['a Dutch count of the evacuated is no toll', 'nl', 'Er zijn zeker 150.000 mensen geëvacueerd.', false],
  ])('%s: %s', (_name, lang, text, expected) => {
    expect(inPerfect(lang, text)).toBe(expected);
  });
});
