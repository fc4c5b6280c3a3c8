/**
 * A count a sentence puts in a district, a region or a country past its opening ("kamen im Kreis
 * Ahrweiler mindestens 141 Menschen ums Leben", "…, in Nordrhein-Westfalen zählten die Behörden 43
 * Tote") is that place's share of a national toll, no rival of it; a city named so is the whole
 * happening's place and its count still disagrees.
 */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { day, sentence } from '../candidates/test-helpers.ts';
import { findConflicts } from './conflicts.ts';
import { testCandidate } from './test-candidate.ts';
import { newSource } from './sources.ts';

const isCity = (id: string) => ['los-angeles', 'sinzig'].includes(id);
const isCountry = (id: string) => ['germany', 'united-states', 'turkey', 'syria'].includes(id);

/** A death toll of `values`; `places` are [as written, id] pairs. */
function toll(document: string, text: string, values: number[], places: [string, string][]): EventCandidate {
  return testCandidate(
    sentence({ text, mentions: places.map(([t, id]) => [t, 'place', id]) }),
    day('2021-07-16'),
    {
      document,
      kind: 'death',
      places: places.map(([, id]) => id),
      figures: values.map((value) => ({ value, counts: 'people killed', text: String(value) })),
    },
  );
}

const conflictsOf = (members: EventCandidate[]) =>
  findConflicts(members, newSource, () => 0, isCity, undefined, isCountry).map(
    (c) => `${c.field}: ${c.values.map((v) => v.value).join('/')}`,
  );

const germany = toll(
  'de',
  'In ganz Deutschland starben mehr als 180 Menschen.',
  [180],
  [['Deutschland', 'germany']],
);
const dutch = toll(
  'nl',
  'In Duitsland zijn volgens de autoriteiten zeker 81 mensen omgekomen.',
  [81],
  [['Duitsland', 'germany']],
);

describe('a district’s count beside a national toll', () => {
  it.each<[string, EventCandidate[], string[]]>([
    [
      'the Ahrweiler district’s 110, 117 and 141 disagree among themselves, apart from Germany’s 81 and 180',
      [
        dutch,
        germany,
        toll(
          'de2',
          'Bei der Flut kamen im Kreis Ahrweiler mindestens 141 Menschen ums Leben.',
          [141],
          [['Kreis Ahrweiler', 'ahrweiler-district']],
        ),
        toll(
          'en',
          'In the district of Ahrweiler alone, 117 people died, 155 are still missing.',
          [117],
          [['district of Ahrweiler', 'ahrweiler-district']],
        ),
        toll(
          'en2',
          'Police in the district of Ahrweiler said the death toll there had risen to 110.',
          [110],
          [['district of Ahrweiler', 'ahrweiler-district']],
        ),
      ],
      ['figures.people killed: 81/180', 'figures.people killed: 110/117/141'],
    ],
    [
      'in one sentence, "allein im Kreis Ahrweiler … 90" and "in Nordrhein-Westfalen … 43" are two shares, neither Germany’s',
      [
        dutch,
        germany,
        toll(
          'de3',
          'Allein im Kreis Ahrweiler in Rheinland-Pfalz kamen mindestens 90 Menschen ums Leben, in Nordrhein-Westfalen zählten die Behörden 43 Tote.',
          [90, 43],
          [
            ['Kreis Ahrweiler', 'ahrweiler-district'],
            ['Rheinland-Pfalz', 'rhineland-palatinate'],
            ['Nordrhein-Westfalen', 'north-rhine-westphalia'],
          ],
        ),
      ],
      ['figures.people killed: 81/180'],
    ],
    [
      'a city the whole happening is placed in ("Door de branden in Los Angeles") still disagrees with the country’s count',
      [
        toll(
          'nl',
          'Door de branden in Los Angeles zijn zeker elf mensen om het leven gekomen.',
          [11],
          [['Los Angeles', 'los-angeles']],
        ),
        toll(
          'de',
          'In den Vereinigten Staaten starben mindestens 24 Menschen.',
          [24],
          [['Vereinigten Staaten', 'united-states']],
        ),
      ],
      ['figures.people killed: 11/24'],
    ],
  ])('%s', (_name, members, expected) => {
    expect(conflictsOf(members)).toEqual(expected);
  });
});
