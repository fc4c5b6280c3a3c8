/**
 * A running tally ("the death toll rose to 158 on Thursday") meets the deaths of every day of the
 * week before it, so it could chain the dead of Monday's strikes and of Thursday's into one event.
 * A cluster holding a tally keeps the days its other reports date themselves to within one day of
 * each other: one happening, told again on the days its toll rose.
 */
import type { MergeFeatures } from './features.ts';

/** Days apart from which two dated reports of deaths are two happenings, tally or no tally. */
const ONE_HAPPENING_DAYS = 1;

export class TallyDays {
  private readonly tally: Uint8Array;
  /** Earliest end and latest start of the days the cluster's reports date themselves to. */
  private readonly dayEnd: Float64Array;
  private readonly dayStart: Float64Array;
  private readonly any: boolean;

  constructor(features: readonly MergeFeatures[]) {
    const n = features.length;
    this.any = features.some((f) => f.tally);
    this.tally = new Uint8Array(this.any ? n : 0);
    this.dayEnd = new Float64Array(this.any ? n : 0).fill(Infinity);
    this.dayStart = new Float64Array(this.any ? n : 0).fill(-Infinity);
    if (!this.any) return;
    features.forEach((f, i) => {
      if (f.tally) this.tally[i] = 1;
      else if (f.own && f.dated && !f.added && Number.isFinite(f.startDayNumber + f.endDayNumber)) {
        this.dayEnd[i] = f.endDayNumber;
        this.dayStart[i] = f.startDayNumber;
      }
    });
  }

  /** Whether joining the clusters at roots a and b would let a tally join deaths of days apart. */
  clash(a: number, b: number): boolean {
    if (!this.any || (this.tally[a] === 0 && this.tally[b] === 0)) return false;
    const end = Math.min(this.dayEnd[a] as number, this.dayEnd[b] as number);
    const start = Math.max(this.dayStart[a] as number, this.dayStart[b] as number);
    return start - end > ONE_HAPPENING_DAYS;
  }

  /** Keep the joined cluster's days at its new root. */
  join(root: number, a: number, b: number): void {
    if (!this.any) return;
    this.tally[root] = (this.tally[a] as number) | (this.tally[b] as number);
    this.dayEnd[root] = Math.min(this.dayEnd[a] as number, this.dayEnd[b] as number);
    this.dayStart[root] = Math.max(this.dayStart[a] as number, this.dayStart[b] as number);
  }
}
