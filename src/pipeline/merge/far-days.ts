/**
 * A happening that recurs (protests) in towns far apart on days apart: the protests in an oil town
 * on Sunday and those in the largest city two days later are two happenings, even when a report
 * of "thousands on the streets for three days" in the country as a whole meets both. On one day,
 * or in places near each other, they may be one wave told twice.
 */
import { kindTraits } from '../candidates/kind-traits.ts';
import { DayBounds } from './day-bounds.ts';
import { farApart, type PointOf, pointsOf } from './far-places.ts';
import type { MergeFeatures } from './features.ts';
import { joined } from './joined.ts';

const NONE: readonly number[] = [];

/** The points and own days of each cluster's recurring happenings, kept at its root. */
export class FarDays {
  private readonly points: (readonly number[])[];
  private readonly days: DayBounds;

  constructor(
    candidates: readonly { kind: string; places: readonly string[] }[],
    features: readonly MergeFeatures[],
    pointOf: PointOf | undefined,
  ) {
    this.days = new DayBounds(candidates.length);
    this.points = candidates.map((c, i) => {
      if (!pointOf || c.places.length === 0 || !kindTraits(c.kind).recurs) return NONE;
      const f = features[i] as MergeFeatures;
      if (f.ownDated && !f.coarse && Number.isFinite(f.startDayNumber + f.endDayNumber))
        this.days.set(i, f.startDayNumber, f.endDayNumber);
      return pointsOf(c.places, pointOf);
    });
  }

  /** Whether the clusters at roots a and b hold towns all far apart, on days that do not meet. */
  clash(a: number, b: number): boolean {
    return (
      this.days.latestStart(a, b) > this.days.earliestEnd(a, b) &&
      farApart(this.points[a] as readonly number[], this.points[b] as readonly number[])
    );
  }

  /** Keep the joined cluster's points and days at its new root. */
  join(root: number, a: number, b: number): void {
    this.points[root] = joined(this.points[a] as readonly number[], this.points[b] as readonly number[]);
    this.days.join(root, a, b);
  }
}
