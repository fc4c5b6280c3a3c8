import type { MergeFeatures } from './features.ts';
import { MAX_DAYS_APART } from './similarity.ts';

/**
 * The days a cluster's sentences date themselves to, kept at its root, so that no chain of undated
 * reports joins a disaster of 2014 ("killed 301 workers in Soma in 2014") and its like of last week.
 * A year or month is held against every other time; days only against a year or month: reports a
 * few days apart each, day after day, may well tell of one happening.
 */
export class DaySpans {
  /** Earliest end and latest start of the years and months, and of the days. */
  private readonly coarseEnd: Float64Array;
  private readonly coarseStart: Float64Array;
  private readonly dayEnd: Float64Array;
  private readonly dayStart: Float64Array;

  constructor(features: readonly MergeFeatures[]) {
    const n = features.length;
    this.coarseEnd = new Float64Array(n).fill(Infinity);
    this.coarseStart = new Float64Array(n).fill(-Infinity);
    this.dayEnd = new Float64Array(n).fill(Infinity);
    this.dayStart = new Float64Array(n).fill(-Infinity);
    features.forEach((f, i) => {
      if (!f.ownDated || !Number.isFinite(f.startDayNumber + f.endDayNumber)) return;
      const [end, start] = f.coarse ? [this.coarseEnd, this.coarseStart] : [this.dayEnd, this.dayStart];
      end[i] = f.endDayNumber;
      start[i] = f.startDayNumber;
    });
  }

  /** Whether joining the clusters at roots a and b would put a year or month apart from the rest. */
  clash(a: number, b: number): boolean {
    const coarseEnd = Math.min(this.coarseEnd[a] as number, this.coarseEnd[b] as number);
    const coarseStart = Math.max(this.coarseStart[a] as number, this.coarseStart[b] as number);
    const dayEnd = Math.min(this.dayEnd[a] as number, this.dayEnd[b] as number);
    const dayStart = Math.max(this.dayStart[a] as number, this.dayStart[b] as number);
    return (
      coarseStart - coarseEnd > MAX_DAYS_APART ||
      dayStart - coarseEnd > MAX_DAYS_APART ||
      coarseStart - dayEnd > MAX_DAYS_APART
    );
  }

  /** Keep the joined cluster's spans at its new root. */
  join(root: number, a: number, b: number): void {
    this.coarseEnd[root] = Math.min(this.coarseEnd[a] as number, this.coarseEnd[b] as number);
    this.dayEnd[root] = Math.min(this.dayEnd[a] as number, this.dayEnd[b] as number);
    this.coarseStart[root] = Math.max(this.coarseStart[a] as number, this.coarseStart[b] as number);
    this.dayStart[root] = Math.max(this.dayStart[a] as number, this.dayStart[b] as number);
  }
}
