/**
 * "…, which rescued 48 people from a rubber dinghy in a separate operation on Wednesday": a report
 * that calls its happening separate tells one apart from another of its kind, and its count is
 * that happening's own. A cluster counting the same thing otherwise (the coastguard's 60 rescued)
 * is the other happening, not a disagreement about one. So is a count a sentence sets outside
 * another: "The figure does not include Zahedan, where at least 41 people were killed on Friday".
 */
import type { MergeFeatures } from './features.ts';
import { joined } from './joined.ts';

const SEPARATE =
  /(?<!\p{L})(?:separate|separately|separaten?|separater|gesonderten?|aparte|afzonderlijke?|(?:does|do|did)\s+not\s+include|not\s+including|excluding|exclusief|niet\s+(?:meegerekend|meegeteld|inbegrepen)|nicht\s+(?:eingerechnet|mitgezählt|enthalten))(?!\p{L})/iu;

/** Whether the sentence calls what it tells separate or outside a count, cheapest test first. */
export function callsSeparate(text: string): boolean {
  return (
    (text.includes('epara') ||
      text.includes('esondert') ||
      text.includes('apart') ||
      text.includes('fzonderlijk') ||
      text.includes('nclud') ||
      text.includes('xclu') ||
      text.includes('meege') ||
      text.includes('inbegrep') ||
      text.includes('ingerechnet') ||
      text.includes('mitgezählt') ||
      text.includes('nthalt')) &&
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

/** Whether a cluster counts the same thing as any of `own`, whatever the value. */
function countsSame(own: readonly string[], other: readonly string[]): boolean {
  for (const key of own) {
    const measure = measureOf(key);
    if (other.some((o) => measureOf(o) === measure)) return true;
  }
  return false;
}

/** One side of a join: a cluster's counts and places, and those of its happenings called separate. */
export interface SeparateSide {
  own: readonly string[];
  all: readonly string[];
  ownPlaces: readonly string[];
  places: readonly string[];
}

/**
 * Whether a happening called separate in one cluster is counted otherwise by the other, or, told at
 * a place, counted at all by a cluster naming none of its places: Zahedan's 41 dead, set outside a
 * national toll, are not state television's 41 dead nationwide.
 */
function clashesWith(a: SeparateSide, b: SeparateSide): boolean {
  if (a.own.length === 0) return false;
  if (countsOther(a.own, b.all)) return true;
  return a.ownPlaces.length > 0 && !a.ownPlaces.some((p) => b.places.includes(p)) && countsSame(a.own, b.all);
}

/** Two clusters, one holding a happening called separate that the other would count as another. */
export function separateClash(a: SeparateSide, b: SeparateSide): boolean {
  return clashesWith(a, b) || clashesWith(b, a);
}

const NONE: readonly string[] = [];

/**
 * The counts and places of each cluster and of its happenings called separate, kept at its root
 * like DaySpans; empty and never asked when no report calls anything separate.
 */
export class SeparateCounts {
  private readonly sides: SeparateSide[] = [];
  private readonly any: boolean;

  constructor(features: readonly MergeFeatures[]) {
    this.any = features.some((f) => f.separate);
    if (!this.any) return;
    for (const f of features) {
      const keys = f.figureCounts.length > 0 ? figureKeys(f) : NONE;
      this.sides.push({
        own: f.separate ? keys : NONE,
        all: keys,
        ownPlaces: f.separate ? f.places : NONE,
        places: f.places,
      });
    }
  }

  /** Whether joining the clusters at roots a and b would count a separate happening as another. */
  clash(a: number, b: number): boolean {
    return this.any && separateClash(this.sides[a] as SeparateSide, this.sides[b] as SeparateSide);
  }

  /** Keep the joined cluster's counts and places at its new root. */
  join(root: number, a: number, b: number): void {
    if (!this.any) return;
    const x = this.sides[a] as SeparateSide;
    const y = this.sides[b] as SeparateSide;
    this.sides[root] = {
      own: joined(x.own, y.own),
      all: joined(x.all, y.all),
      ownPlaces: joined(x.ownPlaces, y.ownPlaces),
      places: joined(x.places, y.places),
    };
  }
}

/** The mark of a happening told as a later one of its kind under a name of its own (`secondNamed`). */
export const SECOND_NAMED = 'second-named';

/** A cheap test before the pattern: an ordinal of the three languages. */
const ORDINAL_WORD = /(?:second|third|tweede|derde|zweite|dritte)/iu;

const ORDINAL_NAMED =
  /(?<!\p{L})(?:second|third|tweede|derde|zweite[rnsm]?|dritte[rnsm]?)\s+\p{L}+(?:,\s*(?:(?:named|called|genaamd|namens)\s+)?|\s+(?:named|called|genaamd|namens)\s+)\p{Lu}/u;

/**
 * "Half januari volgde een tweede storm, Isha", "a second storm, named Isha, followed", "ein
 * zweiter Sturm namens Isha": a happening told as the second of its kind under a name of its own
 * is another than the first, however near their days and words. Its mark keeps it apart as a
 * topic of `apartIf` does, even on the same day (similarity.ts); "" for any other sentence.
 */
export function secondNamed(text: string): string {
  return ORDINAL_WORD.test(text) && ORDINAL_NAMED.test(text) ? SECOND_NAMED : '';
}
