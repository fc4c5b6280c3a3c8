/**
 * "…, which rescued 48 people from a rubber dinghy in a separate operation on Wednesday": a report
 * that calls its happening separate tells one apart from another of its kind, and its count is
 * that happening's own. A cluster counting the same thing otherwise (the coastguard's 60 rescued)
 * is the other happening, not a disagreement about one.
 */
import type { MergeFeatures } from './features.ts';
import { joined } from './joined.ts';

const SEPARATE =
  /(?<!\p{L})(?:separate|separately|separaten?|separater|gesonderten?|aparte|afzonderlijke?)(?!\p{L})/iu;

/** Whether the sentence calls what it tells separate, cheapest test first. */
export function callsSeparate(text: string): boolean {
  return (
    (text.includes('epara') ||
      text.includes('esondert') ||
      text.includes('apart') ||
      text.includes('fzonderlijk')) &&
    SEPARATE.test(text)
  );
}

/** What each exact figure counts and its value, as one key ("people rescued 48"). */
export function figureKeys(f: MergeFeatures): readonly string[] {
  const keys: string[] = [];
  for (let i = 0; i < f.figureCounts.length; i++)
    if (!f.figureVague[i]) keys.push(`${f.figureCounts[i] as string}\u0000${f.figureValues[i] as number}`);
  return keys;
}

/** What a figure key counts: "people rescued" of "people rescued 48". */
export function measureOf(key: string): string {
  return key.slice(0, key.indexOf('\u0000'));
}

/** A figure key's value: 48 of "people rescued 48". */
export function valueOf(key: string): number {
  return Number(key.slice(key.indexOf('\u0000') + 1));
}

/**
 * The separate happening's counts (`own`) and a cluster's (`other`): the cluster counts the same
 * thing, but never the separate happening's number.
 */
function countsOther(own: readonly string[], other: readonly string[]): boolean {
  for (const key of own) {
    const measure = measureOf(key);
    if (!other.includes(key) && other.some((o) => measureOf(o) === measure)) return true;
  }
  return false;
}

/** Two clusters, one holding a happening called separate whose count the other gives otherwise. */
export function separateClash(
  ownA: readonly string[],
  allA: readonly string[],
  ownB: readonly string[],
  allB: readonly string[],
): boolean {
  return (ownA.length > 0 && countsOther(ownA, allB)) || (ownB.length > 0 && countsOther(ownB, allA));
}

const NONE: readonly string[] = [];

/**
 * The counts of each cluster and of its happenings called separate, kept at its root like
 * DaySpans; empty and never asked when no report calls anything separate.
 */
export class SeparateCounts {
  private readonly own: (readonly string[])[] = [];
  private readonly all: (readonly string[])[] = [];
  private readonly any: boolean;

  constructor(features: readonly MergeFeatures[]) {
    this.any = features.some((f) => f.separate);
    if (!this.any) return;
    for (const f of features) {
      const keys = f.figureCounts.length > 0 ? figureKeys(f) : NONE;
      this.all.push(keys);
      this.own.push(f.separate ? keys : NONE);
    }
  }

  /** Whether joining the clusters at roots a and b would count a separate happening as another. */
  clash(a: number, b: number): boolean {
    return (
      this.any &&
      separateClash(
        this.own[a] as readonly string[],
        this.all[a] as readonly string[],
        this.own[b] as readonly string[],
        this.all[b] as readonly string[],
      )
    );
  }

  /** Keep the joined cluster's counts at its new root. */
  join(root: number, a: number, b: number): void {
    if (!this.any) return;
    for (const list of [this.own, this.all]) {
      const x = list[a] as readonly string[];
      const y = list[b] as readonly string[];
      list[root] = joined(x, y);
    }
  }
}
