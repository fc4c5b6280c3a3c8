/** Powers to do something describe what may be done: no arrest, ban or curfew is told by them. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('powers to arrest are no arrest', () => {
  it.each<[string, string, string]>([
    [
      'an emergency that "would give the authorities powers to … put people under house arrest" arrests no one',
      'en',
      'Wednesday Prime Minister Gabriel Attal said the state of emergency would give the authorities powers to ban gatherings, search homes and put people under house arrest.',
    ],
    [
      'Dutch "de bevoegdheid om … onder huisarrest te plaatsen" arrests no one',
      'nl',
      'Woensdag kreeg de politie de bevoegdheid om bijeenkomsten te verbieden en mensen onder huisarrest te plaatsen.',
    ],
    [
      'German "Befugnisse, … unter Hausarrest zu stellen" arrests no one',
      'de',
      'Mittwoch erhielten die Behörden Befugnisse, Versammlungen zu verbieten und Menschen unter Hausarrest zu stellen.',
    ],
  ])('%s', (_name, lang, text) => {
    const kinds = kindsAndTitles(lang, text, '2024-05-15').map((c) => c.kind);
    expect(kinds).not.toContain('arrest');
  });

  it.each<[string, string, string]>([
    [
      'police who "used their powers to arrest" 20 people did arrest them',
      'en',
      'Friday police used their powers to arrest 20 people in Nouméa.',
    ],
    [
      'an arrest told after the powers, in a clause of its own, still counts',
      'en',
      'Friday the authorities were given powers to ban gatherings, and 20 people were arrested in Nouméa.',
    ],
  ])('%s', (_name, lang, text) => {
    const kinds = kindsAndTitles(lang, text, '2024-05-15').map((c) => c.kind);
    expect(kinds).toContain('arrest');
  });
});
