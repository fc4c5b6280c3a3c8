import { DayBounds } from './day-bounds.ts';
import type { MergeFeatures } from './features.ts';
import { MAX_DAYS_APART } from './time-apart.ts';

/**
 * The days a cluster's sentences date themselves to, kept at its root, so that no chain of undated
 * reports joins a disaster of 2014 ("killed 301 workers in Soma in 2014") and its like of last week.
 * A year or month is held against every other time; days only against a year or month: reports a
 * few days apart each, day after day, may well tell of one happening.
 */
export class DaySpans {
  /** The years and months, and the days. */
  private readonly coarse: DayBounds;
  private readonly days: DayBounds;

  constructor(features: readonly MergeFeatures[]) {
    const n = features.length;
    this.coarse = new DayBounds(n);
    this.days = new DayBounds(n);
    features.forEach((f, i) => {
      if (!f.ownDated || !Number.isFinite(f.startDayNumber + f.endDayNumber)) return;
      (f.coarse ? this.coarse : this.days).set(i, f.startDayNumber, f.endDayNumber);
    });
  }

  /** Whether joining the clusters at roots a and b would put a year or month apart from the rest. */
  clash(a: number, b: number): boolean {
    const coarseEnd = this.coarse.earliestEnd(a, b);
    const coarseStart = this.coarse.latestStart(a, b);
    return (
      coarseStart - coarseEnd > MAX_DAYS_APART ||
      this.days.latestStart(a, b) - coarseEnd > MAX_DAYS_APART ||
      coarseStart - this.days.earliestEnd(a, b) > MAX_DAYS_APART
    );
  }

  /** Keep the joined cluster's spans at its new root. */
  join(root: number, a: number, b: number): void {
    this.coarse.join(root, a, b);
    this.days.join(root, a, b);
  }
}
