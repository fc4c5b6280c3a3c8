/** A country whose office the one who acts holds is no place his title can name. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const PRAYUTH: MentionSpec = ['Prayuth Chan-ocha', 'actor', 'prayuth-chan-ocha'];

describe('a country told in the possessive before the office of the one who acts', () => {
  it.each<[string, string, MentionSpec[], string]>([
    [
      'Thailand’s prime minister visiting the cave site visits the cave site, not Thailand',
      "Monday Thailand's prime minister, Prayuth Chan-ocha, visited the cave site and met relatives of the boys.",
      [['Thailand', 'place', 'thailand'], PRAYUTH],
      'Prayuth Chan-ocha visits the cave site',
    ],
    [
      'a prime minister visiting a named town visits that town',
      'Monday Prime Minister Prayuth Chan-ocha visited Mae Sai.',
      [PRAYUTH, ['Mae Sai', 'place', 'mae-sai']],
      'Prayuth Chan-ocha visits Mae Sai',
    ],
  ])('%s', (_name, text, mentions, title) => {
    expect(kindsAndTitles('en', text, '2018-07-09', mentions).map((c) => c.title)).toEqual([title]);
  });
});
