/**
 * A running tally ("the death toll rose to 158 on Thursday") meets the deaths of every day of the
 * week before it, so it could chain the dead of Monday's strikes and of Thursday's into one event.
 * A cluster holding a tally keeps the days its other reports date themselves to within one day of
 * each other: one happening, told again on the days its toll rose.
 */
import { DayBounds } from './day-bounds.ts';
import type { MergeFeatures } from './features.ts';

/** Days apart from which two dated reports of deaths are two happenings, tally or no tally. */
const ONE_HAPPENING_DAYS = 1;

export class TallyDays {
  private readonly tally: Uint8Array;
  /** The days the cluster's reports other than tallies date themselves to. */
  private readonly days: DayBounds;
  private readonly any: boolean;

  constructor(features: readonly MergeFeatures[]) {
    const n = features.length;
    this.any = features.some((f) => f.tally);
    this.tally = new Uint8Array(this.any ? n : 0);
    this.days = new DayBounds(this.any ? n : 0);
    if (!this.any) return;
    features.forEach((f, i) => {
      if (f.tally) this.tally[i] = 1;
      else if (f.own && f.dated && !f.added && Number.isFinite(f.startDayNumber + f.endDayNumber))
        this.days.set(i, f.startDayNumber, f.endDayNumber);
    });
  }

  /** Whether joining the clusters at roots a and b would let a tally join deaths of days apart. */
  clash(a: number, b: number): boolean {
    if (!this.any || (this.tally[a] === 0 && this.tally[b] === 0)) return false;
    return this.days.latestStart(a, b) - this.days.earliestEnd(a, b) > ONE_HAPPENING_DAYS;
  }

  /** Keep the joined cluster's days at its new root. */
  join(root: number, a: number, b: number): void {
    if (!this.any) return;
    this.tally[root] = (this.tally[a] as number) | (this.tally[b] as number);
    this.days.join(root, a, b);
  }
}
