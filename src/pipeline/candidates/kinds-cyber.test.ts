/**
 * A cyberattack in English, Dutch and German is titled as one and shares a topic that lets its
 * reports merge: the lexicon in data/event-lexicon.json read through the candidate stage.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, type MentionSpec } from './test-helpers.ts';

const POTSDAM: MentionSpec = ['Potsdam', 'place', 'potsdam'];

describe('a cyberattack is named so, in every language', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    [
      'a German Cyberangriff on a city is a cyberattack, not just an attack',
      'de',
      'Sonntag hat ein Cyberangriff die Stadtverwaltung von Potsdam weitgehend lahmgelegt.',
      [POTSDAM],
      'Cyberattack in Potsdam',
    ],
    [
      'an English ransomware attack is the same cyberattack',
      'en',
      'Sunday hackers crippled the city administration of Potsdam in a ransomware attack.',
      [POTSDAM],
      'Cyberattack in Potsdam',
    ],
    [
      "a Dutch 'getroffen door hackers' is a cyberattack",
      'nl',
      'Zondag werd het stadhuis van Potsdam getroffen door hackers.',
      [POTSDAM],
      'Cyberattack in Potsdam',
    ],
    [
      'a knife attack stays an attack',
      'en',
      'Sunday a man attacked two women in Potsdam.',
      [POTSDAM],
      'Attack in Potsdam',
    ],
  ])('%s', (_name, lang, text, mentions, title) => {
    const [attack] = candidatesOf(lang, text, '2023-11-19', mentions).filter((c) => c.kind === 'attack');
    expect(attack?.title).toBe(title);
  });
});
