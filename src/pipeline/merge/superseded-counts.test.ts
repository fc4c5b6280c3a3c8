/** A count a report tells as where the count stood before is no disagreement with its larger count. */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { day, sentence } from '../candidates/test-helpers.ts';
import { findConflicts } from './conflicts.ts';
import { newSource } from './sources.ts';
import { testCandidate } from './test-candidate.ts';

function death(document: string, text: string, value: number): EventCandidate {
  return testCandidate(sentence({ text }), day('2021-07-16'), {
    document,
    kind: 'death',
    figures: [{ value, counts: 'people killed', text: String(value) }],
  });
}

const conflictsOf = (members: EventCandidate[]) =>
  findConflicts(members, newSource, () => 0).map(
    (c) => `${c.field}: ${c.values.map((v) => v.value).join('/')}`,
  );

describe('an earlier count the report itself replaces', () => {
  it.each([
    [
      'de',
      'Nach den verheerenden Unwettern ist die Zahl der Toten auf mindestens 103 gestiegen.',
      103,
      'Am Donnerstagmorgen hatte die Polizei noch von 19 Toten gesprochen.',
      19,
    ],
    [
      'en',
      'At least 103 people have died in the floods.',
      103,
      'Officials had initially reported 19 deaths.',
      19,
    ],
    [
      'nl',
      'Bij de overstromingen kwamen zeker 103 mensen om het leven.',
      103,
      'De politie had aanvankelijk 19 doden gemeld.',
      19,
    ],
  ])('[%s] “%s” and “%s” disagree on nothing', (_lang, total, value, earlier, before) => {
    expect(conflictsOf([death('doc', total, value), death('doc', earlier, before)])).toEqual([]);
  });

  it.each([
    [
      'en',
      'A crush in a packed tunnel at the Love Parade techno festival killed at least 18 people and injured 80 others Saturday.',
      18,
      'Police first said 15 people had died.',
      15,
    ],
    ['en', 'At least 21 people have died.', 21, 'Officials initially put the toll at 15.', 15],
    ['de', 'Die Zahl der Toten stieg auf 21.', 21, 'Zunächst hieß es, 15 Menschen seien gestorben.', 15],
    ['de', 'Mindestens 21 Menschen kamen ums Leben.', 21, 'Die Polizei sprach zunächst von 15 Toten.', 15],
    ['nl', 'Het dodental is opgelopen tot 21.', 21, 'De politie meldde eerst 15 doden.', 15],
    ['nl', 'Er vielen 21 doden.', 21, 'Eerst werd gesproken van 15 doden.', 15],
  ])(
    '[%s] a first account in the simple past: “%s” and “%s” disagree on nothing',
    (_l, total, value, first, before) => {
      expect(conflictsOf([death('doc', total, value), death('doc', first, before)])).toEqual([]);
    },
  );

  it.each([
    ['en', 'The first victims were counted at 15.'],
    ['de', 'Die Polizei sprach noch am Abend von 15 Toten.'],
  ])('[%s] “%s” tells no first account: it stays a disagreement with 21', (_l, text) => {
    const total = death('doc', 'At least 21 people have died.', 21);
    expect(conflictsOf([total, death('doc', text, 15)])).toEqual(['figures.people killed: 15/21']);
  });

  it('another report’s earlier count stays a disagreement: the report of 103 did not replace it', () => {
    const total = death('doc', 'At least 103 people have died in the floods.', 103);
    const other = death('other', 'Officials had initially reported 19 deaths.', 19);
    expect(conflictsOf([total, other])).toEqual(['figures.people killed: 19/103']);
  });
});
