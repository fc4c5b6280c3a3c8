import type { MergeFeatures } from './features.ts';

/**
 * "More than 300 people have been killed since July" and "At least 39 people were killed on
 * Thursday" are two facts: the toll of weeks and that of one day. A cluster holds reports of one or
 * the other, so that the weeks' tolls do not chain Thursday's dead and Sunday's into one event.
 */
export class StretchCounts {
  private readonly stretch: Uint8Array;
  private readonly day: Uint8Array;
  private readonly any: boolean;

  constructor(features: readonly MergeFeatures[]) {
    const n = features.length;
    this.any = features.some((f) => f.stretchCount);
    this.stretch = new Uint8Array(this.any ? n : 0);
    this.day = new Uint8Array(this.any ? n : 0);
    if (!this.any) return;
    features.forEach((f, i) => {
      if (f.stretchCount) this.stretch[i] = 1;
      if (f.dayCount) this.day[i] = 1;
    });
  }

  /** Whether joining the clusters at roots a and b would put a toll of weeks beside one of a day. */
  clash(a: number, b: number): boolean {
    if (!this.any) return false;
    const stretch = (this.stretch[a] as number) | (this.stretch[b] as number);
    const day = (this.day[a] as number) | (this.day[b] as number);
    return stretch === 1 && day === 1;
  }

  /** Keep the joined cluster's flags at its new root. */
  join(root: number, a: number, b: number): void {
    if (!this.any) return;
    this.stretch[root] = (this.stretch[a] as number) | (this.stretch[b] as number);
    this.day[root] = (this.day[a] as number) | (this.day[b] as number);
  }
}
