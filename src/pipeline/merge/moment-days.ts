/**
 * A happening of a kind that takes place at one moment (lexicon `moment`: an attack, an explosion)
 * is one time. Reports that date themselves by their own words to days further apart than an
 * evening's news told two days on tell two: the suicide bombing at the airport on Thursday evening
 * and the drone strike in the city on Sunday, however many undated sentences about airports and
 * attackers lie between them.
 */
import { kindTraits } from '../candidates/kind-traits.ts';
import { DayBounds } from './day-bounds.ts';
import type { MergeFeatures } from './features.ts';

/** Days between the own days of one happening's reports: an evening's news told two days on. */
const MOMENT_DAYS = 2;

export class MomentDays {
  private readonly days: DayBounds;

  constructor(features: readonly MergeFeatures[]) {
    this.days = new DayBounds(features.length);
    features.forEach((f, i) => {
      if (!f.ownDated || f.coarse || f.longStretch) return;
      if (!kindTraits(f.kind).moment) return;
      if (Number.isFinite(f.startDayNumber + f.endDayNumber))
        this.days.set(i, f.startDayNumber, f.endDayNumber);
    });
  }

  /** Whether joining the clusters at roots a and b would join one-time happenings days apart. */
  clash(a: number, b: number): boolean {
    return this.days.latestStart(a, b) - this.days.earliestEnd(a, b) > MOMENT_DAYS;
  }

  /** Keep the joined cluster's days at its new root. */
  join(root: number, a: number, b: number): void {
    this.days.join(root, a, b);
  }
}
