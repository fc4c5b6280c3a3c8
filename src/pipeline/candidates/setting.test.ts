/** Where a statement was made ("in a televised address") is no speaker's verb: the title names who spoke. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const TOKAYEV: MentionSpec = ['Tokayev', 'actor', 'name:tokayev'];
const PUTIN: MentionSpec = ['Vladimir Putin', 'actor', 'name:vladimir-putin'];

describe('a statement made in a setting is titled by its speaker', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    [
      'an English address before the speaker’s verb',
      'en',
      'Friday, in a televised address, Tokayev thanked Russian President Vladimir Putin and the leaders of the other alliance countries for their help.',
      [TOKAYEV, PUTIN],
      'Tokayev gives a televised address',
    ],
    [
      'a Dutch press conference before the speaker’s verb',
      'nl',
      'Vrijdag, tijdens een persconferentie, zei Tokayev dat de orde was hersteld.',
      [TOKAYEV],
      'Tokayev says order has been restored',
    ],
    [
      'a German press conference before the speaker’s verb',
      'de',
      'Freitag sagte Tokayev bei einer Pressekonferenz, die Lage sei stabil.',
      [TOKAYEV],
      'Tokayev says the situation has stabilised',
    ],
  ])('%s', (_name, lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2022-01-07', mentions).map((c) => c.title)).toEqual([title]);
  });
});
