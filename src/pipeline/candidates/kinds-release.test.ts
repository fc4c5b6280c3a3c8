/**
 * "Released" reports prisoners freed only when said of people: a statement, a report or a video
 * released is a publication, and one treated at a hospital and released was no prisoner.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const GERSHKOVICH: MentionSpec = ['Evan Gershkovich', 'unknown'];

describe('people released are freed', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    ['en', 'Friday Evan Gershkovich was released.', 'Evan Gershkovich freed', [GERSHKOVICH]],
    [
      'en',
      'Spokesman Majed al-Ansari said 14 hostages were released on Saturday.',
      '14 hostages freed',
      [['Majed al-Ansari', 'unknown']],
    ],
    [
      'en',
      'Friday Germany released Vadim Krasikov.',
      'Vadim Krasikov freed',
      [
        ['Germany', 'place', 'germany'],
        ['Vadim Krasikov', 'unknown'],
      ],
    ],
    ['en', 'On Friday the two activists were released from custody.', 'Prisoners freed', []],
    [
      'en',
      'Friday Russia released former US Marine Paul Whelan.',
      'Paul Whelan freed',
      [['Paul Whelan', 'unknown']],
    ],
    ['en', 'Friday the militants released 13 hostages.', '13 hostages freed', []],
    ['nl', 'Vrijdag is Evan Gershkovich vrijgekomen.', 'Evan Gershkovich freed', [GERSHKOVICH]],
    ['nl', 'Vrijdag werd de journalist op vrije voeten gesteld.', 'Prisoners freed', []],
    ['nl', 'Vrijdag werden 20 gevangenen vrijgelaten.', '20 prisoners freed', []],
    [
      'de',
      'Am Freitag wurde Evan Gershkovich aus der Haft entlassen.',
      'Evan Gershkovich freed',
      [GERSHKOVICH],
    ],
    ['de', 'Am Freitag ist Evan Gershkovich freigekommen.', 'Evan Gershkovich freed', [GERSHKOVICH]],
    ['de', 'Am Freitag wurden 20 Gefangene freigelassen.', '20 prisoners freed', []],
  ])('[%s] “%s” is titled “%s”', (lang, text, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2024-08-02', mentions)).toContainEqual({ kind: 'release', title });
  });
});

describe('things released are no release', () => {
  it.each<[string, string, MentionSpec[]]>([
    ['en', 'Friday the ministry released a statement on Evan Gershkovich.', [GERSHKOVICH]],
    ['en', 'Friday Joe Biden released a video.', [['Joe Biden', 'actor', 'biden']]],
    ['en', 'Friday the report was released.', []],
    ['en', 'Friday Tim Cook said the new phone was released in Europe.', [['Tim Cook', 'unknown']]],
    ['en', 'Friday the police released figures on the protests.', []],
    ['en', 'Friday Maria Lopez was treated at a hospital and released.', [['Maria Lopez', 'unknown']]],
    ['nl', 'Vrijdag is er giftig gas vrijgekomen.', []],
    ['de', 'Am Freitag ist bei dem Brand giftiges Gas freigekommen.', []],
  ])('[%s] “%s”', (lang, text, mentions) => {
    expect(kindsAndTitles(lang, text, '2024-08-02', mentions).map((c) => c.kind)).not.toContain('release');
  });
});

describe('"freed" and "kam frei" are a release only of people or captives', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'en',
      'Friday protesters stormed a prison and freed hundreds of inmates.',
      'Hundreds of prisoners freed',
      [],
    ],
    ['en', 'Friday Evan Gershkovich was freed.', 'Evan Gershkovich freed', [GERSHKOVICH]],
    ['en', 'Friday the militants freed 13 hostages.', '13 hostages freed', []],
    ['nl', 'Vrijdag kwamen de gijzelaars vrij.', 'Prisoners freed', []],
    ['de', 'Am Freitag kamen alle Geiseln frei.', 'Prisoners freed', []],
    ['de', 'Am Freitag kam Evan Gershkovich frei.', 'Evan Gershkovich freed', [GERSHKOVICH]],
  ])('[%s] “%s” is titled “%s”', (lang, text, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2024-08-02', mentions)).toContainEqual({ kind: 'release', title });
  });

  it.each<[string, string]>([
    [
      'en',
      'The Ever Given left the Great Bitter Lake, where it had been held since it was freed on March 29.',
    ],
    ['nl', 'Maandag kwam het containerschip eindelijk vrij.'],
    ['de', 'Am Montag kam die Ever Given nach sechs Tagen frei.'],
  ])('[%s] “%s” frees no one', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2021-03-29').map((c) => c.kind)).not.toContain('release');
  });
});
