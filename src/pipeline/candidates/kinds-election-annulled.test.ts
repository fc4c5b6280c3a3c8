/**
 * An election annulled by a court (Romania, December 2024) in English, Dutch and German news, and
 * a first round won; a vote that is cancelled or flights cancelled before an election annul none.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('an election annulled', () => {
  it.each([
    [
      'en',
      "Friday Romania's Constitutional Court annulled the first round of the presidential election.",
      'election-annulled',
    ],
    [
      'nl',
      'Vrijdag heeft het Grondwettelijk Hof de eerste ronde van de presidentsverkiezingen ongeldig verklaard.',
      'election-annulled',
    ],
    [
      'de',
      'Freitag hatte das Verfassungsgericht die erste Runde der Wahl für ungültig erklärt.',
      'election-annulled',
    ],
    [
      'en',
      'Friday the country’s top court cancelled the election after claims of Russian interference.',
      'election-annulled',
    ],
    ['nl', 'Vrijdag: het hof annuleerde de presidentsverkiezingen.', 'election-annulled'],
    ['en', 'November 24 Georgescu won the first round with 23% of the votes.', 'election-result'],
    ['nl', 'Zondag won Georgescu de eerste ronde verrassend.', 'election-result'],
  ])('[%s] “%s” reports %s', (lang, text, kind) => {
    expect(kindsAndTitles(lang, text, '2024-12-06').map((c) => c.kind)).toContain(kind);
  });

  it.each([
    ['en', 'Friday flights were cancelled ahead of the election.'],
    ['nl', 'Vrijdag werden vluchten geannuleerd vanwege de verkiezingen.'],
    ['en', 'Friday the vote on the budget was annulled by the speaker.'],
  ])('[%s] “%s” annuls no election', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-12-06').map((c) => c.kind)).not.toContain('election-annulled');
  });
});
