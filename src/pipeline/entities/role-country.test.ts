/**
 * An office holder's country is the one their roles in data/actors.json name: Tokayev's "President of
 * Kazakhstan", Modi's "Indian Prime Minister", Rutte's "premier van Nederland".
 */
import { describe, expect, it } from 'vitest';
import type { ActorEntry, GazetteerEntry } from '../types.ts';
import { actorHomes } from './role-country.ts';

function country(id: string, en: string, nl: string, de: string): GazetteerEntry {
  return { id, name: en, names: { en, nl, de }, variants: [], kind: 'country', lat: 0, lon: 0 };
}

const places = [
  country('kazakhstan', 'Kazakhstan', 'Kazachstan', 'Kasachstan'),
  country('india', 'India', 'India', 'Indien'),
  country('netherlands', 'Netherlands', 'Nederland', 'Niederlande'),
  country('united-states', 'United States', 'Verenigde Staten', 'Vereinigte Staaten'),
];
const demonyms = new Map([
  ['india', ['Indian', 'Indiase', 'indisch']],
  ['kazakhstan', ['Kazakh', 'Kazachse', 'kasachisch']],
]);

function person(id: string, roles: string[], home?: string): ActorEntry {
  return { id, name: id, kind: 'person', aliases: [], roles, ...(home ? { country: home } : {}) };
}

describe('the country an office holder serves', () => {
  it.each<[string, ActorEntry, string | undefined]>([
    [
      '"President of Kazakhstan" is Kazakhstan’s',
      person('tokayev', ['President of Kazakhstan']),
      'kazakhstan',
    ],
    ['"Indian Prime Minister" is India’s', person('modi', ['Indian Prime Minister']), 'india'],
    [
      'the Dutch "premier van Nederland" is the Netherlands’',
      person('rutte', ['premier van Nederland']),
      'netherlands',
    ],
    [
      'German "Präsident von Kasachstan" is Kazakhstan’s',
      person('tokajew', ['Präsident von Kasachstan']),
      'kazakhstan',
    ],
    [
      '"Secretary of State of the United States" is that of the United States',
      person('blinken', ['Secretary of State of the United States']),
      'united-states',
    ],
    [
      'an airline’s chief executive serves no country',
      person('spohr', ['Lufthansa chief executive']),
      undefined,
    ],
    [
      'roles naming two countries leave the country unknown',
      person('twice', ['President of Kazakhstan', 'Indian Prime Minister']),
      undefined,
    ],
    [
      'a country the data gives outright is kept',
      person('may', ['Prime Minister of India'], 'united-kingdom'),
      'united-kingdom',
    ],
  ])('%s', (_, actor, expected) => {
    expect(actorHomes([actor], places, demonyms).get(actor.id)).toBe(expected);
  });
});
