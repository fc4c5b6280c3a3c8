/**
 * A hedge word of one language is a name in another: Dutch "indien" (if) makes a condition, German
 * "Indien" is India, whose attack is news.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a word that hedges in one language only', () => {
  it.each<[string, string, string, string[]]>([
    [
      'India attacking by night, in German, is an attack',
      'de',
      'Indien hat in der Nacht zum Mittwoch Ziele in Pakistan und im pakistanisch verwalteten Teil Kaschmirs angegriffen.',
      ['attack'],
    ],
    [
      'India attacking on Saturday, in German, is an attack',
      'de',
      'Indien griff am Samstag Ziele in Pakistan an.',
      ['attack'],
    ],
    [
      'a Dutch condition opened by "indien" still reports nothing',
      'nl',
      'Indien het leger woensdag doelen in Pakistan aanvalt, zal Pakistan terugslaan.',
      [],
    ],
    [
      'India attacking, in Dutch, is an attack',
      'nl',
      'India heeft woensdag doelen in Pakistan aangevallen.',
      ['attack'],
    ],
  ])('%s', (_, lang, text, kinds) => {
    expect(kindsAndTitles(lang, text, '2025-05-07').map((c) => c.kind)).toEqual(kinds);
  });
});
