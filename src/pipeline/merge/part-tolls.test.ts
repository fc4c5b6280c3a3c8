/** A town's dead among a region's are no disagreement between sources; two tallies of one area are. */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { day, sentence } from '../candidates/test-helpers.ts';
import { findConflicts } from './conflicts.ts';
import { testCandidate } from './test-candidate.ts';
import { newSource } from './sources.ts';

const isCity = (id: string) => ['paiporta', 'valencia', 'krasnogorsk'].includes(id);

function death(document: string, text: string, value: number, places: string[]): EventCandidate {
  return testCandidate(sentence({ text }), day('2024-10-29'), {
    document,
    kind: 'death',
    places,
    figures: [{ value, counts: 'people killed', text: String(value) }],
  });
}

const conflictsOf = (members: EventCandidate[]) =>
  findConflicts(members, newSource, () => 0, isCity).map(
    (c) => `${c.field}: ${c.values.map((v) => v.value).join('/')}`,
  );

const town = death('en', 'At least 40 people died in the town of Paiporta on Tuesday, the mayor said.', 40, [
  'paiporta',
]);
const region = death(
  'en2',
  'At least 95 people died in the Valencia region on Tuesday, officials said.',
  95,
  ['valencia'],
);

describe('tallies of a town and of its region', () => {
  it.each<[string, EventCandidate[], string[]]>([
    ['40 dead in the town of Paiporta and 95 in the Valencia region disagree on nothing', [town, region], []],
    [
      'a Dutch regional toll of 95 ("in de regio") and the town’s 40 disagree on nothing',
      [town, death('nl', 'In de regio Valencia kwamen zeker 95 mensen om.', 95, ['valencia'])],
      [],
    ],
    [
      'two regional tolls, 95 and 158, still disagree, the town’s 40 apart',
      [
        town,
        region,
        death('de', 'In der Region Valencia kamen insgesamt 158 Menschen ums Leben.', 158, ['valencia']),
      ],
      ['figures.people killed: 95/158'],
    ],
    [
      'a town’s 139 against an unplaced 143 is a revision that still disagrees',
      [
        death('nl', 'In Krasnogorsk kwamen 139 mensen om.', 139, ['krasnogorsk']),
        death('en', 'The death toll has risen to 143, officials said.', 143, []),
      ],
      ['figures.people killed: 139/143'],
    ],
    [
      'a town’s tally larger than the region’s is a disagreement',
      [death('en', 'At least 120 people died in the town of Paiporta.', 120, ['paiporta']), region],
      ['figures.people killed: 95/120'],
    ],
  ])('%s', (_name, members, expected) => {
    expect(conflictsOf(members)).toEqual(expected);
  });
});
