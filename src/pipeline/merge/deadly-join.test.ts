/** Joining dead to their causes never loses a cluster, however the sentences overlap. */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { DEATHS_KIND } from '../candidates/title.ts';
import { joinDeaths, type Joinable } from './deadly.ts';

interface Member extends Joinable {
  name: string;
  sentence: string;
}

/** A member on 20 December 2024, told in `sentence`: a cause (an attack) or dead. */
function member(name: string, sentence: string, cause: boolean): Member {
  const c = {
    kind: cause ? 'attack' : DEATHS_KIND,
    title: cause ? 'Attack' : '5 people killed',
    when: { start: '2024-12-20', end: '2024-12-20', precision: 'day', value: '2024-12-20', confidence: 0.9 },
    figures: [],
    document: 'doc',
    sentence: { timeFrom: 'own' },
    ...(cause ? { deadlyTitle: '{deaths} in attack', causeOnly: true } : {}),
  } as unknown as EventCandidate;
  return { c, name, sentence };
}

describe('joinDeaths', () => {
  it('keeps every member when two death clusters share a cause that joins one of them as a second report', () => {
    // Attacks told in sentences s1, s2, s3; one cluster of dead told in s1 and s2, another in s2 and s3.
    const clusters: Member[][] = [
      [member('attack 1', 's1', true)],
      [member('attack 2', 's2', true)],
      [member('attack 3', 's3', true)],
      [member('dead 1', 's1', false), member('dead 2', 's2', false)],
      [member('dead 3', 's2', false), member('dead 4', 's3', false)],
    ];
    const { clusters: out } = joinDeaths(
      clusters,
      (m) => m.sentence,
      (members) => (members[0] as Member).c,
      (a, b) => a.name.localeCompare(b.name),
    );
    const names = out.flat().map((m) => m.name);
    for (const m of ['dead 1', 'dead 2', 'dead 3', 'dead 4']) expect(names).toContain(m);
    expect(new Set(names).size).toBe(names.length);
  });
});
