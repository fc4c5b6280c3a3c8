/**
 * What a cluster's reports say of its days, kept at its root: the earliest day any of them ends and
 * the latest day any of them starts. Two clusters are that far apart once joined: the latest start
 * less the earliest end.
 */
export class DayBounds {
  private readonly end: Float64Array;
  private readonly start: Float64Array;

  constructor(n: number) {
    this.end = new Float64Array(n).fill(Infinity);
    this.start = new Float64Array(n).fill(-Infinity);
  }

  /** Item i's own days, as day numbers. */
  set(i: number, start: number, end: number): void {
    this.end[i] = end;
    this.start[i] = start;
  }

  /** The earliest end of the clusters at roots a and b together. */
  earliestEnd(a: number, b: number): number {
    return Math.min(this.end[a] as number, this.end[b] as number);
  }

  /** The latest start of the clusters at roots a and b together. */
  latestStart(a: number, b: number): number {
    return Math.max(this.start[a] as number, this.start[b] as number);
  }

  /** Keep the joined cluster's bounds at its new root. */
  join(root: number, a: number, b: number): void {
    const end = this.earliestEnd(a, b);
    const start = this.latestStart(a, b);
    this.end[root] = end;
    this.start[root] = start;
  }
}
