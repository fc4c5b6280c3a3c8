/**
 * A camp that burned down, a fire that broke out "das erste Feuer" or "brannte es erneut", is a
 * fire in English, Dutch and German; a road cordoned off ("de weg … afgezet") ousts no one.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const LESBOS: MentionSpec = ['Lesbos', 'place', 'lesbos'];
const MYTILINI: MentionSpec = ['Mytilini', 'place', 'mytilene'];
const BAZOUM: MentionSpec = ['Bazoum', 'actor', 'mohamed-bazoum'];

describe('a camp that burned down', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    [
      'English "Fires tore through" a camp is a fire',
      'en',
      "Fires tore through Greece's largest migrant camp on the island of Lesbos early on Wednesday, destroying most of the overcrowded facility and leaving more than 12,000 people without shelter, officials said.",
      [LESBOS],
      'Fire in Lesbos',
    ],
    [
      'English "burned to the ground" is a fire',
      'en',
      'The camp burned to the ground in the night to Wednesday.',
      [],
      'Fire',
    ],
    [
      'German "war … niedergebrannt" is a fire',
      'de',
      'Das Lager war in der Nacht zu Mittwoch fast vollständig niedergebrannt.',
      [],
      'Fire',
    ],
    [
      'German "brach das erste Feuer … aus" is a fire',
      'de',
      'Nach Angaben der Feuerwehr brach das erste Feuer gegen 1 Uhr an mehreren Stellen gleichzeitig aus.',
      [],
      'Fire',
    ],
    [
      'German "brannte es erneut" is a fire',
      'de',
      'In der Nacht zu Donnerstag brannte es erneut; dabei wurden auch die Zelte im angrenzenden Olivenhain zerstört, die bis dahin verschont geblieben waren.',
      [],
      'Fire',
    ],
    [
      'Dutch "brandde … af" is a fire',
      'nl',
      'Het kamp brandde in de nacht van dinsdag op woensdag vrijwel volledig af.',
      [],
      'Fire',
    ],
    [
      'Dutch "tot de grond afgebrand" is a fire',
      'nl',
      'Het kamp is in de nacht van dinsdag op woensdag tot de grond afgebrand.',
      [],
      'Fire',
    ],
  ])('%s', (_, lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2020-09-10', mentions)).toContainEqual({ kind: 'fire', title });
  });
});

describe('Dutch "afgezet"', () => {
  it.each<[string, string, MentionSpec[], { kind: string; title: string }[]]>([
    [
      'a road the police cordoned off ousts no one',
      'De politie heeft de weg naar Mytilini afgezet; de migranten mogen de stad niet in.',
      [MYTILINI],
      [],
    ],
    [
      'a president the soldiers deposed is still ousted',
      'Militairen in Niger hebben op de staatstelevisie gezegd dat ze president Bazoum hebben afgezet.',
      [BAZOUM],
      [{ kind: 'coup', title: 'Mohamed Bazoum ousted' }],
    ],
  ])('%s', (_, text, mentions, expected) => {
    expect(kindsAndTitles('nl', text, '2020-09-10', mentions)).toEqual(expected);
  });
});
