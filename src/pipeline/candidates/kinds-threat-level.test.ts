/**
 * A terror threat level raised or lowered: sentences of the Utrecht tram shooting of March 2019 in
 * English, Dutch and German, read through the candidate stage with data/event-lexicon.json.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const kinds = (lang: string, text: string) => kindsAndTitles(lang, text, '2019-03-19').map((k) => k.kind);

describe('a threat level raised is its raising, one lowered its lowering', () => {
  it.each([
    [
      'nl',
      'De Nationaal Coördinator Terrorismebestrijding en Veiligheid verhoogde het dreigingsniveau voor de provincie Utrecht naar 5, het hoogste niveau.',
      'threat-level-raised',
    ],
    [
      'nl',
      'Aalbersberg had maandag het dreigingsniveau voor de provincie Utrecht verhoogd naar 5.',
      'threat-level-raised',
    ],
    [
      'de',
      'Der Anti-Terror-Koordinator hob die Terrorwarnstufe für die Provinz Utrecht auf die höchste Stufe fünf an.',
      'threat-level-raised',
    ],
    [
      'en',
      'The coordinator of the fight against terror raised the threat level in the province of Utrecht to the highest level, 5.',
      'threat-level-raised',
    ],
    ['nl', 'Dinsdagochtend werd het dreigingsniveau weer verlaagd naar 4.', 'threat-level-lowered'],
    [
      'nl',
      'Aalbersberg verlaagde vanochtend het dreigingsniveau voor de provincie Utrecht van 5 naar 4.',
      'threat-level-lowered',
    ],
    ['de', 'Am Dienstagmorgen wurde die Terrorwarnstufe wieder auf vier gesenkt.', 'threat-level-lowered'],
    ['en', 'This morning the threat level in Utrecht was lowered from 5 to 4.', 'threat-level-lowered'],
    [
      'de',
      'Die Behörden hoben die Terrorwarnstufe für das ganze Land auf die höchste Stufe vier an.',
      'threat-level-raised',
    ],
    [
      'en',
      'The level of the threat was elevated to 4, the maximum level, on the whole territory.',
      'threat-level-raised',
    ],
    ['en', 'Belgium raised its terror alert to the highest level on Tuesday.', 'threat-level-raised'],
    ['de', 'Die Behörden senkten die Terrorwarnstufe am Donnerstag auf drei.', 'threat-level-lowered'],
    ['en', 'The terror alert was lowered to three on Thursday.', 'threat-level-lowered'],
  ])('[%s] “%s” is %s', (lang, text, kind) => {
    expect(kinds(lang, text)[0]).toBe(kind);
  });

  it.each([
    ['nl', 'In de rest van het land blijft het dreigingsniveau 4.'],
    ['nl', 'Het dreigingsniveau blijft voorlopig op 5.'],
    ['en', 'The threat level for the rest of the country remains at four.'],
  ])('[%s] a level that stays, “%s”, is no change', (lang, text) => {
    expect(kinds(lang, text)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^threat-level/)]));
  });
});
