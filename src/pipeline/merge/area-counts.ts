/**
 * Iran Human Rights' "mindestens 31 getöteten Zivilisten", which names no place, and the Kurdistan
 * governor's "drie doden" in his province: a count of a whole country and a far smaller one of a
 * region, city or landmark in it count two areas, not one toll revised. A cluster keeps its
 * country-wide counts and its placed ones at its root and never joins one whose placed count is a
 * small part of its country-wide one, unless a sentence ties the two: they share a sentence, give
 * the same number, or the placed count is told as part of a whole ("darunter drei in Kurdistan").
 * A town's count told "alone" ("in Paiporta alone", "allein in", "alleen al") is a part of any
 * larger country-wide one, however large its share.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { Mention } from '../types.ts';
import type { CountryOf, MergeFeatures } from './features.ts';
import { joined } from './joined.ts';
import { aloneIn } from './part-tolls.ts';
import { sentenceIdOf } from './sentence-id.ts';

/** The kind of a place id in the gazetteer ("country", "region", "city"), where it says. */
export type PlaceKindOf = (placeId: string) => string | undefined;

/** Places within a country that a count may be of alone. */
const WITHIN = new Set(['region', 'city', 'landmark', 'island']);

/** The kinds of place a count told "alone" may be a town's share of a toll in. */
const TOWNS = new Set(['city', 'town']);

/** A placed count this share of a country-wide one or less is a part of it, not a revision. */
const PART_SHARE = 0.2;

/** Words that tell a count as part of a whole: "including three in Kurdistan", "darunter drei in". */
const INCLUDED =
  /(?<!\p{L})(?:including|among them|among whom|of whom|darunter|davon|unter ihnen|waaronder|onder wie|onder hen|van wie)(?!\p{L})/iu;

/** How far before a place's name the words telling its count part of a whole may begin. */
const REACH = 40;

/** What a count counts, its value, and the countries it lies in (none: any). */
export interface AreaCount {
  measure: string;
  value: number;
  countries: readonly string[];
  /** Counted in a town "alone" ("More than 60 people died in Paiporta alone"): a part of any larger toll. */
  alone?: true;
}

/** One side of a join: its country-wide and placed counts, every count's key, its counts' sentences. */
export interface AreaSide {
  wide: readonly AreaCount[];
  placed: readonly AreaCount[];
  keys: readonly string[];
  sentences: readonly string[];
}

const NONE: readonly never[] = [];

/** Whether the sentence tells its count at the place `m` as part of a whole, just before naming it. */
function toldAsPart(text: string, m: Mention): boolean {
  return INCLUDED.test(text.slice(Math.max(0, m.start - REACH), m.start));
}

/**
 * A candidate's side: its exact counts are country-wide when it names no place or only countries,
 * placed when it names a region, city or landmark and does not tell the count as part of a whole.
 */
export function areaSide(
  c: EventCandidate,
  f: MergeFeatures,
  countryOf: CountryOf,
  placeKindOf: PlaceKindOf,
): AreaSide {
  if (f.figureCounts.length === 0) return { wide: NONE, placed: NONE, keys: NONE, sentences: NONE };
  const kinds = c.places.map(placeKindOf);
  const wide = kinds.every((k) => k === 'country');
  const town = aloneIn(c, (p) => TOWNS.has(placeKindOf(p) ?? ''));
  const within = c.places.filter((p, i) => WITHIN.has(kinds[i] ?? '') || p === town);
  const placed =
    within.length > 0 &&
    !c.sentence.mentions.some(
      (m) =>
        m.kind === 'place' && m.id !== undefined && within.includes(m.id) && toldAsPart(c.sentence.text, m),
    );
  const countries = [...new Set((wide ? c.places : within).flatMap((p) => countryOf(p) ?? NONE))];
  const alone = placed && town !== undefined;
  const counts: AreaCount[] = [];
  const keys: string[] = [];
  for (let i = 0; i < f.figureCounts.length; i++) {
    if (f.figureVague[i]) continue;
    const measure = f.figureCounts[i] as string;
    const value = f.figureValues[i] as number;
    counts.push(alone ? { measure, value, countries, alone } : { measure, value, countries });
    keys.push(`${measure}\u0000${value}`);
  }
  return {
    wide: wide ? counts : NONE,
    placed: placed ? counts : NONE,
    keys,
    sentences: [sentenceIdOf(c)],
  };
}

/** Whether some placed count is a small part of a country-wide count of the same thing there. */
function partOf(placed: readonly AreaCount[], wide: readonly AreaCount[]): boolean {
  for (const p of placed)
    for (const w of wide)
      if (
        p.measure === w.measure &&
        (p.value <= w.value * PART_SHARE || (p.alone === true && p.value < w.value)) &&
        (w.countries.length === 0 || p.countries.some((country) => w.countries.includes(country)))
      )
        return true;
  return false;
}

function shares(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

/** Two clusters, one counting a small part of what the other counts country-wide, no sentence tying them. */
export function areaClash(a: AreaSide, b: AreaSide): boolean {
  if (!partOf(a.placed, b.wide) && !partOf(b.placed, a.wide)) return false;
  return !shares(a.keys, b.keys) && !shares(a.sentences, b.sentences);
}

/**
 * The area counts of each cluster, kept at its root like SeparateCounts; empty and never asked
 * unless some count is placed and another country-wide.
 */
export class AreaCounts {
  private readonly sides: AreaSide[];
  private readonly any: boolean;

  constructor(
    items: readonly { c: EventCandidate; features: MergeFeatures }[],
    countryOf?: CountryOf,
    placeKindOf?: PlaceKindOf,
  ) {
    this.sides =
      countryOf && placeKindOf
        ? items.map(({ c, features }) => areaSide(c, features, countryOf, placeKindOf))
        : [];
    this.any = this.sides.some((s) => s.placed.length > 0) && this.sides.some((s) => s.wide.length > 0);
  }

  /** Whether joining the clusters at roots a and b would take a part's count for the whole's. */
  clash(a: number, b: number): boolean {
    return this.any && areaClash(this.sides[a] as AreaSide, this.sides[b] as AreaSide);
  }

  /** Keep the joined cluster's counts at its new root. */
  join(root: number, a: number, b: number): void {
    if (!this.any) return;
    const x = this.sides[a] as AreaSide;
    const y = this.sides[b] as AreaSide;
    this.sides[root] = {
      wide: joined(x.wide, y.wide),
      placed: joined(x.placed, y.placed),
      keys: joined(x.keys, y.keys),
      sentences: joined(x.sentences, y.sentences),
    };
  }
}
