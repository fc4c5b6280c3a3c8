/**
 * Two speakers make two statements, also through a report that names no speaker: "Statement
 * issued" on Friday may match Blinken's words of Friday and Tokayev's of Monday, yet Blinken's and
 * Tokayev's are never one statement. A cluster of statements keeps its one speaker at its root.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { CountryOf } from './countries-of.ts';
import type { MergeFeatures } from './features.ts';
import { patientsClash } from './similarity.ts';

export class Speakers {
  private readonly speaker: (string | undefined)[];

  constructor(features: readonly MergeFeatures[]) {
    this.speaker = features.map((f) => (f.kind === 'statement' ? f.agent : undefined));
  }

  /** Whether joining the clusters at roots a and b would give one statement two speakers. */
  clash(a: number, b: number): boolean {
    return patientsClash(this.speaker[a], this.speaker[b]);
  }

  /** Keep the joined cluster's speaker at its new root. */
  join(root: number, a: number, b: number): void {
    this.speaker[root] = this.speaker[a] ?? this.speaker[b];
  }
}

const NONE: readonly never[] = [];

/**
 * "Many leaders of the world condemned the violence, and … António Guterres said …": a statement
 * whose verb has no named speaker still names who may have spoken, never the speaker of the
 * sentence beside it. Countries are left out: "für dessen Sicherheit die US-Truppen verantwortlich
 * seien" is what was said of them.
 */
export function voicesOf(c: EventCandidate, countryOf: CountryOf | undefined): readonly string[] {
  if (c.kind !== 'statement' || c.agent !== undefined || c.actors.length === 0) return NONE;
  return c.actors.filter((id) => countryOf?.(id) === undefined);
}
