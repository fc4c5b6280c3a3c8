import { describe, expect, it } from 'vitest';
import { defaultLexicon } from './lexicon.ts';
import { findNumbers } from './numbers.ts';
import { tallyOfDead, withoutLink } from './tally-of-dead.ts';
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
