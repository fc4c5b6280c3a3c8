/**
 * A vigil is a gathering of its own kind, not a protest nor nothing at all; special forces storming
 * a home are a raid, not a riot; an office that investigates puts its head under no investigation.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const HANAU: MentionSpec = ['Hanau', 'place', 'hanau'];
const KESSELSTADT: MentionSpec = ['Kesselstadt', 'place', 'kesselstadt'];

describe('vigils, raids and who investigates', () => {
  it.each<[string, string, string, string, string, MentionSpec[]]>([
    [
      'German "zu einer Mahnwache zusammen" is a vigil in the town named',
      'de',
      'Am Donnerstagabend kamen in Hanau Tausende Menschen zu einer Mahnwache zusammen.',
      'vigil',
      'Vigil in Hanau',
      [HANAU],
    ],
    [
      'English "attended vigils" is a vigil',
      'en',
      'Thousands of people attended vigils in Hanau and other German cities on Thursday evening.',
      'vigil',
      'Vigil in Hanau',
      [HANAU],
    ],
    [
      'Dutch "bijeen voor een wake" is a vigil',
      'nl',
      'Donderdagavond kwamen in Hanau duizenden mensen bijeen voor een wake.',
      'vigil',
      'Vigil in Hanau',
      [HANAU],
    ],
    [
      'German special forces storming a flat are a raid',
      'de',
      'Spezialeinsatzkräfte stürmten gegen 3 Uhr die Wohnung des Mannes im Stadtteil Kesselstadt.',
      'raid',
      'Raid in Kesselstadt',
      [KESSELSTADT],
    ],
    [
      'English special forces storming an apartment are a raid',
      'en',
      'Special forces stormed the apartment early on Thursday after tracing his car to the address.',
      'raid',
      'Raid',
      [],
    ],
    [
      'a Dutch special unit entering a house is a raid',
      'nl',
      'Een speciale eenheid viel rond 03.00 uur zijn huis binnen.',
      'raid',
      'Raid',
      [],
    ],
    [
      'a prosecutor whose office is investigating opens an investigation',
      'en',
      'Federal Prosecutor General Peter Frank said the suspect had a "deeply racist attitude" and that his office was investigating the shootings as terrorism.',
      'investigation',
      'Investigation opened',
      [['Peter Frank', 'actor', 'peter-frank']],
    ],
  ])('%s', (_name, lang, text, kind, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2020-02-20', mentions)).toContainEqual({ kind, title });
  });
});
