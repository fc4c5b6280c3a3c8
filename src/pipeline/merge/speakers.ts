/**
 * Two speakers make two statements, also through a report that names no speaker: "Statement
 * issued" on Friday may match Blinken's words of Friday and Tokayev's of Monday, yet Blinken's and
 * Tokayev's are never one statement. A cluster of statements keeps its one speaker at its root.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { CountryOf } from './countries-of.ts';
import type { MergeFeatures } from './features.ts';
import { patientsClash } from './similarity.ts';

/**
 * The value of a whole calendar day: no "now" inside a quotation ("PRESENT_REF"), nor a time or part
 * of a day, which reports of one statement tell in their own clocks and nights ("vannacht om 09.41
 * uur Nederlandse tijd" is Pence's tally "shortly before 3:45 a.m." of the next day).
 */
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

export class Speakers {
  private readonly speaker: (string | undefined)[];
  /**
   * The one day a cluster of one speaker's statements is dated to, where a report dates it to a
   * single day: Spohr's "darkest day" at the crash site on the 25th and his "stunned by the
   * findings" of the 26th are two statements, however a report of "said" between the two days
   * matches both.
   */
  private readonly day: number[];

  constructor(features: readonly MergeFeatures[]) {
    this.speaker = features.map((f) => (f.kind === 'statement' ? f.agent : undefined));
    this.day = features.map((f) =>
      f.kind === 'statement' &&
      f.agent !== undefined &&
      f.dated &&
      f.startDayNumber === f.endDayNumber &&
      CALENDAR_DAY.test(f.value)
        ? f.startDayNumber
        : NaN,
    );
  }

  /** Whether joining the clusters at roots a and b would give one statement two speakers, or one speaker's words two days. */
  clash(a: number, b: number): boolean {
    const da = this.day[a] as number;
    const db = this.day[b] as number;
    return patientsClash(this.speaker[a], this.speaker[b]) || (da !== db && !Number.isNaN(da + db));
  }

  /** Keep the joined cluster's speaker and day at its new root. */
  join(root: number, a: number, b: number): void {
    this.speaker[root] = this.speaker[a] ?? this.speaker[b];
    const da = this.day[a] as number;
    this.day[root] = Number.isNaN(da) ? (this.day[b] as number) : da;
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
