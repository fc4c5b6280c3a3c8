/**
 * Agreements, summits that open or end, fires and announcements, in English, Dutch and German: the lexicon
 * in data/event-lexicon.json read through the candidate stage.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const ZELENSKIY: MentionSpec = ['Volodymyr Zelenskiy', 'unknown', 'name:volodymyr-zelenskiy'];
const BIDEN: MentionSpec = ['Joe Biden', 'unknown', 'name:joe-biden'];

describe('a report of an agreement, a summit or a fire gets its kind and title', () => {
  it.each<[string, string, MentionSpec[], string, string]>([
    [
      'en',
      'Thursday Volodymyr Zelenskiy signed a 10-year security agreement with Joe Biden.',
      [ZELENSKIY, BIDEN],
      'agreement',
      'Volodymyr Zelenskiy and Joe Biden sign an agreement',
    ],
    [
      'nl',
      'Donderdag sloten Volodymyr Zelenskiy en Joe Biden een overeenkomst over veiligheid.',
      [ZELENSKIY, BIDEN],
      'agreement',
      'Volodymyr Zelenskiy and Joe Biden sign an agreement',
    ],
    [
      'de',
      'Donnerstag unterzeichneten Volodymyr Zelenskiy und Joe Biden ein Abkommen.',
      [ZELENSKIY, BIDEN],
      'agreement',
      'Volodymyr Zelenskiy and Joe Biden sign an agreement',
    ],
    ['en', 'Thursday the leaders reached a deal on the loan.', [], 'agreement', 'Agreement reached'],
    [
      'nl',
      'Donderdag werd in Brussel een akkoord bereikt over de lening.',
      [],
      'agreement',
      'Agreement reached',
    ],
    ['de', 'Donnerstag einigten sich die Staaten auf einen Kredit.', [], 'agreement', 'Agreement reached'],
    ['en', 'Saturday the summit in Italy ended with a joint declaration.', [], 'summit', 'Summit ends'],
    ['nl', 'Zaterdag werd de top afgesloten met een slotverklaring.', [], 'summit', 'Summit ends'],
    ['de', 'Samstag endete der Gipfel mit einer Erklärung.', [], 'summit', 'Summit ends'],
    ['en', 'Saturday the fire broke out in a warehouse.', [], 'fire', 'Fire'],
    [
      'en',
      'Tuesday the fire started in the mountains and was driven south by strong winds.',
      [],
      'fire',
      'Fire',
    ],
    ['nl', 'Zaterdag brak het vuur rond 02.30 uur uit in een pand.', [], 'fire', 'Fire'],
    ['nl', 'Zaterdag woedde een brand in de straat.', [], 'fire', 'Fire'],
    ['de', 'Samstag brach das Feuer in einer Lagerhalle aus.', [], 'fire', 'Fire'],
    ['de', 'Samstag wütete ein Brand in der Altstadt.', [], 'fire', 'Fire'],
  ])('[%s] “%s”', (lang, text, mentions, kind, title) => {
    expect(kindsAndTitles(lang, text, '2024-06-15', mentions)).toContainEqual({ kind, title });
  });

  it('leaves the deaths of a large fire with the deaths', () => {
    const found = kindsAndTitles(
      'nl',
      'Zaterdag zijn bij een grote brand drie mensen om het leven gekomen.',
      '2024-01-13',
    );
    expect(found[0]).toEqual({ kind: 'death', title: '3 people killed' });
  });
});

describe('an announcement is a statement', () => {
  it.each([
    ['nl', 'Maandag maakte het Openbaar Ministerie bekend dat de man wordt voorgeleid.'],
    ['de', 'Montag gab die Regierung bekannt, dass der Gipfel verschoben wird.'],
    ['de', 'Montag teilte die Regierung mit, der Gipfel werde verschoben.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-01-15').map((c) => c.kind)).toContain('statement');
  });
});
