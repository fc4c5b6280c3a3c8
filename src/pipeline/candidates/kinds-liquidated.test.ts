/** "Liquidated" of people is a killing (the word Kazakh and Russian officials use); of a company it is none. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('people liquidated are killed', () => {
  it.each<[string, string, string, string[]]>([
    [
      'English attackers liquidated are killed',
      'en',
      'Dozens of attackers were liquidated overnight.',
      ['death'],
    ],
    [
      'Dutch attackers liquidated are killed',
      'nl',
      'Tientallen aanvallers zijn vannacht geliquideerd.',
      ['death'],
    ],
    [
      'German attackers liquidated are killed',
      'de',
      'Dutzende Angreifer wurden in der Nacht liquidiert.',
      ['death'],
    ],
    ['a company liquidated kills no one', 'en', 'The company was liquidated last year.', []],
  ])('%s', (_name, lang, text, kinds) => {
    expect(kindsAndTitles(lang, text, '2022-01-06').map((c) => c.kind)).toEqual(kinds);
  });
});
