/**
 * A toll a sentence scopes to one country or town ("In Syria, at least 1,600 …") is a part of a
 * larger toll of an area holding it; two tolls of the same area still disagree.
 */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { day, sentence } from '../candidates/test-helpers.ts';
import { findConflicts } from './conflicts.ts';
import { testCandidate } from './test-candidate.ts';
import { newSource } from './sources.ts';

const CITIES = ['paiporta', 'catarroja', 'moscow', 'kyiv'];
const isCity = (id: string) => CITIES.includes(id);

/** A death toll of `value`; `places` are [as written, id] pairs. */
function toll(document: string, text: string, value: number, places: [string, string][]): EventCandidate {
  return testCandidate(
    sentence({ text, mentions: places.map(([t, id]) => [t, 'place', id]) }),
    day('2023-02-06'),
    {
      document,
      kind: 'death',
      places: places.map(([, id]) => id),
      figures: [{ value, counts: 'people killed', text: String(value) }],
    },
  );
}

const conflictsOf = (members: EventCandidate[]) =>
  findConflicts(members, newSource, () => 0, isCity).map(
    (c) => `${c.field}: ${c.values.map((v) => v.value).join('/')}`,
  );

const quake = toll(
  'en',
  'A magnitude 7.8 earthquake struck southern Turkey and northern Syria early on Monday, killing more than 5,000 people.',
  5000,
  [
    ['Turkey', 'turkey'],
    ['Syria', 'syria'],
  ],
);

describe('a toll scoped to one place inside a larger toll', () => {
  it.each<[string, EventCandidate[], string[]]>([
    [
      '"In Syria, at least 1,600 people were killed" is a part of the 5,000 killed in Turkey and Syria',
      [
        quake,
        toll('en2', 'In Syria, at least 1,600 people were killed, officials said.', 1600, [
          ['Syria', 'syria'],
        ]),
      ],
      [],
    ],
    [
      'a Dutch "In Paiporta vielen zeker 62 doden" is a part of the region’s 217',
      [
        toll('nl', 'In Paiporta vielen bij de overstromingen zeker 62 doden.', 62, [
          ['Paiporta', 'paiporta'],
        ]),
        toll('en', 'The death toll in the Valencia region rose to 217 on Monday.', 217, [
          ['Valencia', 'valencia'],
        ]),
        toll('en2', 'On Wednesday morning, emergency services confirmed 51 deaths.', 51, []),
      ],
      ['figures.people killed: 51/217'],
    ],
    [
      'a German "allein in Kiew" toll is a part of the nationwide one',
      [
        toll('de', 'Allein in Kiew wurden mindestens 22 Menschen getötet.', 22, [['Kiew', 'kyiv']]),
        toll('de2', 'Bei den Angriffen wurden landesweit mindestens 41 Menschen getötet.', 41, []),
      ],
      [],
    ],
    [
      'two sources giving Syria 1,600 and 1,800 dead still disagree, apart from the whole',
      [
        quake,
        toll('en2', 'In Syria, at least 1,600 people were killed, officials said.', 1600, [
          ['Syria', 'syria'],
        ]),
        toll('nl', 'In Syrië kwamen zeker 1800 mensen om.', 1800, [['Syrië', 'syria']]),
      ],
      ['figures.people killed: 1600/1800'],
    ],
    [
      'a Moscow toll of 133 against 143 "near Moscow, Russia" is a revision that still disagrees',
      [
        toll('en', 'In Moscow, officials said 133 people had died.', 133, [['Moscow', 'moscow']]),
        toll('en2', 'The toll of the attack near Moscow, Russia, stood at 143.', 143, [
          ['Moscow', 'moscow'],
          ['Russia', 'russia'],
        ]),
      ],
      ['figures.people killed: 133/143'],
    ],
    [
      'a Syrian toll against a total that names no place still disagrees',
      [
        toll('en2', 'In Syria, at least 1,600 people were killed, officials said.', 1600, [
          ['Syria', 'syria'],
        ]),
        toll('en', 'More than 5,000 people were killed, officials said.', 5000, []),
      ],
      ['figures.people killed: 1600/5000'],
    ],
  ])('%s', (_name, members, expected) => {
    expect(conflictsOf(members)).toEqual(expected);
  });
});
