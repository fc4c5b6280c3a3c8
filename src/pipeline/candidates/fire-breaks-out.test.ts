/**
 * A fire that broke out told in the pluperfect or in a timeline's present, with the night and the
 * hour between the fire and its verb, is a fire; a timeline's "resigns" is a resignation.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const NORTH_KENSINGTON: MentionSpec = ['North Kensington', 'place', 'north-kensington'];
const PAGET_BROWN: MentionSpec = ['Nicholas Paget-Brown', 'actor', 'nicholas-paget-brown'];

describe('a fire breaking out, and a timeline’s resignation', () => {
  it.each<[string, string, string, string, string, MentionSpec[]]>([
    [
      'English "The fire had broken out" is a fire',
      'en',
      'The fire had broken out in the night to 14 June in the 24-floor high-rise in North Kensington.',
      'fire',
      'Fire in North Kensington',
      [NORTH_KENSINGTON],
    ],
    [
      'a timeline’s "Fire breaks out" is a fire',
      'en',
      '14 June: Fire breaks out shortly before 1am in a fridge-freezer in a fourth-floor flat and races up the cladding of the 24-storey, 129-flat tower.',
      'fire',
      'Fire',
      [],
    ],
    [
      'Dutch "De brand brak in de nacht … rond 01.00 uur … uit in" is a fire',
      'nl',
      'De brand brak in de nacht van dinsdag op woensdag rond 01.00 uur Londense tijd (02.00 uur Nederlandse tijd) uit in de woontoren van 24 verdiepingen in de wijk North Kensington.',
      'fire',
      'Fire in North Kensington',
      [NORTH_KENSINGTON],
    ],
    [
      'German "Das Feuer war in der Nacht … im vierten Stock … ausgebrochen" is a fire',
      'de',
      'Das Feuer war in der Nacht zu Mittwoch vergangener Woche in einer Wohnung im vierten Stock des 24-stöckigen Sozialbaus ausgebrochen und hatte sich binnen Minuten über die Außenfassade bis in die obersten Etagen ausgebreitet.',
      'fire',
      'Fire',
      [],
    ],
    [
      'a timeline’s "Council leader Nicholas Paget-Brown resigns" is his resignation',
      'en',
      '30 June: Council leader Nicholas Paget-Brown resigns, a day after abandoning a cabinet meeting that journalists had won the right to attend.',
      'resignation',
      'Nicholas Paget-Brown resigns',
      [PAGET_BROWN],
    ],
  ])('%s', (_, lang, text, kind, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2017-06-30', mentions)).toContainEqual({ kind, title });
  });

  it('a strike “until Yoon resigns” resigns no one', () => {
    const text =
      "The Korean Confederation of Trade Unions, the country's largest umbrella union, called an indefinite general strike until Yoon resigns.";
    const kinds = kindsAndTitles('en', text, '2024-12-04', [['Yoon', 'actor', 'yoon-suk-yeol']]).map(
      (c) => c.kind,
    );
    expect(kinds).not.toContain('resignation');
  });
});
