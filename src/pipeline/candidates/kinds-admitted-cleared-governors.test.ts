/**
 * Someone taken to hospital with an illness is admitted, not injured; a camp cleared is a clearance
 * of its own; a leader meeting or receiving the governors meets them; in English, Dutch and German.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const BOLSONARO: MentionSpec = ['Bolsonaro', 'actor', 'bolsonaro'];
const ORLANDO: MentionSpec = ['Orlando', 'place', 'orlando'];
const LULA: MentionSpec = ['Lula', 'actor', 'lula'];

describe('a hospital admission with an illness', () => {
  it.each<[string, string]>([
    ['en', 'Monday Bolsonaro had been admitted to a hospital in Orlando with abdominal pain.'],
    ['nl', 'Maandag werd Bolsonaro in Orlando in het ziekenhuis opgenomen met buikpijn.'],
    ['de', 'Montag wurde Bolsonaro in Orlando mit Bauchschmerzen in ein Krankenhaus eingeliefert.'],
  ])('%s: “%s” is an admission to hospital', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-01-09', [BOLSONARO, ORLANDO])).toContainEqual({
      kind: 'injury',
      title: 'Bolsonaro admitted to hospital',
    });
  });

  it('one taken to hospital with no illness named is still injured', () => {
    expect(
      kindsAndTitles('en', 'Monday Bolsonaro was admitted to a hospital in Orlando.', '2023-01-09', [
        BOLSONARO,
        ORLANDO,
      ]),
    ).toContainEqual({ kind: 'injury', title: 'Bolsonaro injured' });
  });
});

describe('a camp cleared', () => {
  it.each<[string, string]>([
    ['en', 'Monday the security forces cleared the camp in front of the army headquarters.'],
    ['nl', 'Maandag werd het kamp bij het hoofdkwartier van het leger ontruimd.'],
    ['de', 'Montag räumten Polizei und Militär das Protestlager vor dem Hauptquartier des Heeres.'],
  ])('%s: “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-01-09')).toContainEqual({
      kind: 'evacuation',
      title: 'Camp cleared',
    });
  });
});

describe('a leader meeting the governors', () => {
  it.each<[string, string]>([
    ['en', "Monday Lula met the governors of Brazil's 27 states."],
    ['en', 'Monday President Lula has received the governors of all 27 federal states.'],
    ['de', 'Montag empfing Lula die Gouverneure aller 27 Bundesstaaten.'],
    ['nl', 'Maandag ontving Lula de gouverneurs van alle 27 deelstaten.'],
  ])('%s: “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-01-09', [LULA])).toContainEqual({
      kind: 'talks',
      title: 'Lula meets the governors',
    });
  });
});
