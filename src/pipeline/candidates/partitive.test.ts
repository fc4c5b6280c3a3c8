import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

/** The counts a sentence's death report gives (its first word dates it). */
function deadCounted(lang: string, text: string): number[] {
  const death = candidatesOf(lang, text, '2024-01-02').find((c) => c.kind === 'death');
  return death ? death.figures.map((f) => f.value) : [];
}

describe('the count of the dead, not of the whole they were part of or of those who lived', () => {
  it.each<[string, string, string, number[]]>([
    [
      'five of the six crew members killed are five, and the 379 who escaped are no dead',
      'en',
      'Tuesday all 379 people on board the airliner escaped, but five of the six crew members of the coast guard plane were killed.',
      [5],
    ],
    [
      'Dutch "vijf van de zes bemanningsleden" who died are five',
      'nl',
      'Dinsdag kwamen vijf van de zes bemanningsleden van het kustwachtvliegtuig om het leven.',
      [5],
    ],
    [
      'German "fünf der sechs Besatzungsmitglieder" who died are five',
      'de',
      'Dienstag starben fünf der sechs Besatzungsmitglieder.',
      [5],
    ],
    [
      'the German 379 who "konnten sich retten" are no dead',
      'de',
      'Dienstag starben fünf Besatzungsmitglieder der Küstenwache, alle 379 Menschen an Bord des Airbus konnten sich retten.',
      [5],
    ],
    [
      'a count of the dead with no survivors in its clause stays',
      'en',
      'Tuesday 12 people were killed and 30 survived the blast.',
      [12],
    ],
  ])('%s', (_, lang, text, counts) => {
    expect(deadCounted(lang, text)).toEqual(counts);
  });
});
