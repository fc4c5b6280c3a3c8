/**
 * Before a listed surname in German text, a capitalised word no English or Dutch dictionary lists
 * is a given name only when shaped like one: short, without a noun's or a role's ending, no
 * sentence adverb, and not after an article.
 */
import { describe, expect, it } from 'vitest';
import { germanGivenName } from './german-given-name.ts';
import { tokenize } from './text.ts';

describe('a German word before a surname', () => {
  it.each([
    ['Melania Trump sagte, sie sei stolz.', 'Melania', true],
    ['Dazu sagte Barron Trump nichts.', 'Barron', true],
    ['Wahlsieger Trump sagte, er sei stolz.', 'Wahlsieger', false],
    ['Milliardär Trump kaufte nichts.', 'Milliardär', false],
    ['Selbst Trump räumte das ein.', 'Selbst', false],
    ['Parteichef Merz sagte nichts.', 'Parteichef', false],
    ['Dem Rivalen Trump fehlte die Mehrheit.', 'Rivalen', false],
  ])('in “%s”, “%s” is a given name: %s', (sentence, word, expected) => {
    const tokens = tokenize(sentence);
    expect(
      germanGivenName(
        tokens,
        tokens.findIndex((t) => t.text === word),
      ),
    ).toBe(expected);
  });
});
