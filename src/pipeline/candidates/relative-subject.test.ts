/**
 * A relative clause of a name befalls that name ("Hasina, who fled to India"), unless the name kills
 * in it: "Amedy Coulibaly, who had killed … four hostages" killed them; the dead are the hostages.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, type MentionSpec } from './test-helpers.ts';

const COULIBALY: MentionSpec = ['Amedy Coulibaly', 'actor', 'amedy-coulibaly'];

describe('the name a relative clause of killing hangs on', () => {
  it.each<[string, string, string, string | undefined]>([
    [
      'en',
      'the killer in the active voice is not the one killed',
      'Friday the 26-year-old is the life companion of Amedy Coulibaly, who had killed on Friday in a Jewish supermarket at the Porte de Vincennes four hostages, before he was shot by the police.',
      undefined,
    ],
    [
      'de',
      'the killer in a German relative clause is not the one killed',
      'Freitag suchte die Polizei die Frau von Amedy Coulibaly, der in dem Supermarkt vier Geiseln getötet hatte.',
      undefined,
    ],
    [
      'nl',
      'the killer in a Dutch relative clause is not the one killed',
      'Vrijdag zocht de politie de vrouw van Amedy Coulibaly, die in de supermarkt vier gijzelaars had gedood.',
      undefined,
    ],
    [
      'en',
      'a place a clause of "where" hangs on is not the one killed',
      'On Friday police stormed a kosher supermarket at Porte de Vincennes where Amedy Coulibaly had killed four hostages.',
      undefined,
    ],
    [
      'en',
      'one killed in the passive voice is the one killed',
      'Friday the police named Amedy Coulibaly, who was killed in the raid on the supermarket.',
      'amedy-coulibaly',
    ],
  ])('%s: %s', (lang, _, text, patient) => {
    const porte: MentionSpec[] = text.includes('Porte')
      ? [['Porte de Vincennes', 'unknown', 'name:porte-de-vincennes']]
      : [];
    const deaths = candidatesOf(lang, text, '2015-01-09', [...porte, COULIBALY]).filter(
      (c) => c.kind === 'death',
    );
    expect(deaths.length).toBeGreaterThan(0);
    if (patient) expect(deaths.map((c) => c.patient)).toEqual([patient]);
    else expect(deaths.map((c) => c.patient)).not.toContain('amedy-coulibaly');
    expect(deaths.map((c) => c.patient)).not.toContain('name:porte-de-vincennes');
  });
});
