/**
 * A vague count holds up to the next power of ten: "dozens of people were killed" (24) counts a
 * hundred at most, "tientallen betogers" too, "thousands missing" ten thousand at most. A report of "dozens
 * killed" on the second day of unrest and the final toll of 225 a week later are two counts of
 * the dead, not one toll told twice: a cluster of a tallied kind never holds an exact count
 * above the ceiling of a vague count it holds. Nor is "dozens of protesters killed" a rough telling
 * of "twelve police officers killed": a vague count joins exact counts only of those it counts.
 */
import { kindTraits } from '../candidates/kind-traits.ts';
import type { MergeFeatures } from './features.ts';
import { joinedLists } from './joined-lists.ts';

/** The power of ten a vague count reaches up to: 24 → 100, 2,000 → 10,000. */
export function vagueCeiling(value: number): number {
  return 10 ** (Math.floor(Math.log10(Math.max(1, value))) + 1);
}

const NONE: readonly string[] = [];

export class VagueCeilings {
  /** The lowest ceiling of the cluster's vague counts (Infinity: none). */
  private readonly ceiling: Float64Array;
  /** The highest of the cluster's exact counts (-Infinity: none). */
  private readonly exact: Float64Array;
  /** What the cluster's vague and exact counts count ("people killed"). */
  private readonly vagueCounts: (readonly string[])[];
  private readonly exactCounts: (readonly string[])[];

  constructor(features: readonly MergeFeatures[]) {
    const n = features.length;
    this.ceiling = new Float64Array(n).fill(Infinity);
    this.exact = new Float64Array(n).fill(-Infinity);
    this.vagueCounts = new Array<readonly string[]>(n).fill(NONE);
    this.exactCounts = new Array<readonly string[]>(n).fill(NONE);
    features.forEach((f, i) => {
      if (f.figureValues.length === 0 || !kindTraits(f.kind).tallied) return;
      f.figureValues.forEach((value, k) => {
        const counts = [f.figureCounts[k] ?? ''];
        if (f.figureVague[k] === true) {
          this.ceiling[i] = Math.min(this.ceiling[i] as number, vagueCeiling(value));
          this.vagueCounts[i] = joinedLists(this.vagueCounts[i] as readonly string[], counts);
        } else {
          this.exact[i] = Math.max(this.exact[i] as number, value);
          this.exactCounts[i] = joinedLists(this.exactCounts[i] as readonly string[], counts);
        }
      });
    });
  }

  /** Whether the vague counts of `a` would meet exact counts of `b` of others only. */
  private countsOthers(a: number, b: number): boolean {
    const theirs = this.exactCounts[b] as readonly string[];
    if (theirs.length === 0) return false;
    const own = this.exactCounts[a] as readonly string[];
    return (this.vagueCounts[a] as readonly string[]).some((c) => !theirs.includes(c) && !own.includes(c));
  }

  /** Whether joining the clusters at roots a and b would make one count of a vague and an exact one it cannot be. */
  clash(a: number, b: number): boolean {
    const ceiling = Math.min(this.ceiling[a] as number, this.ceiling[b] as number);
    const exact = Math.max(this.exact[a] as number, this.exact[b] as number);
    return exact > ceiling || this.countsOthers(a, b) || this.countsOthers(b, a);
  }

  /** Keep the joined cluster's counts at its new root. */
  join(root: number, a: number, b: number): void {
    this.ceiling[root] = Math.min(this.ceiling[a] as number, this.ceiling[b] as number);
    this.exact[root] = Math.max(this.exact[a] as number, this.exact[b] as number);
    this.vagueCounts[root] = joinedLists(
      this.vagueCounts[a] as readonly string[],
      this.vagueCounts[b] as readonly string[],
    );
    this.exactCounts[root] = joinedLists(
      this.exactCounts[a] as readonly string[],
      this.exactCounts[b] as readonly string[],
    );
  }
}
