/**
 * A surname the entity stage linked to a person named in full earlier is no place, even after "in":
 * "die Wohnung …, in der Breivik gemeldet war" is no raid in Breivik.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, type MentionSpec } from './test-helpers.ts';

describe('a linked surname after a preposition', () => {
  it.each<[string, string, string, MentionSpec[], string, string]>([
    [
      "Spiegel's 'die Wohnung …, in der Breivik gemeldet war' is a raid in no Breivik",
      'de',
      'Schon in der Nacht zu Samstag hatten Beamte die Wohnung im Westen Oslos durchsucht, in der Breivik gemeldet war.',
      [['Breivik', 'unknown', 'name:anders-behring-breivik']],
      'raid',
      'Raid',
    ],
    [
      'an unlisted town after "in" is still the raid’s place',
      'de',
      'Die Polizei hat am Samstag eine Wohnung in Tuikwerd durchsucht.',
      [['Tuikwerd', 'unknown', 'name:tuikwerd']],
      'raid',
      'Raid in Tuikwerd',
    ],
  ])('%s', (_name, lang, text, mentions, kind, title) => {
    const found = candidatesOf(lang, text, '2011-07-24', mentions).filter((c) => c.kind === kind);
    expect(found.map((c) => c.title)).toEqual([title]);
  });
});
