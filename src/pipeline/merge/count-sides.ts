/**
 * "Die russischen Besatzungsbehörden meldeten acht Tote" and "Auf der ukrainischen Seite kamen
 * mindestens drei Menschen ums Leben": each side of a front counts its own dead in its own places,
 * two happenings, not a disagreement about one. A count's side is the country a demonym before a
 * word of sides or of holding names ("Russian-installed", "Oekraïense kant", "russisch besetzten"),
 * or the power an area is held by ("in the areas controlled by Kyiv"); "both sides", "beide kanten",
 * "beiden Seiten" count neither side alone.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { namesHolder } from '../candidates/controlled-by.ts';
import type { CountryOf } from './features.ts';

/** The country a demonym ("Russian", "Oekraïense", "russischen") belongs to, by its lowercased form. */
export type CountryOfDemonym = (demonym: string) => string | undefined;

const SIDE_WORD = String.raw`(?:side|held|controlled|occupied|installed|appointed|backed|occupation|occupying|kant|zijde|bezet\p{L}*|gecontroleerde?|Seite|Besatz\p{L}*|besetzt\p{L}*|kontrolliert\p{L}*)`;

const DEMONYM_SIDE = new RegExp(String.raw`(?<!\p{L})(\p{L}+)(?:\s+|-)${SIDE_WORD}(?!\p{L})`, 'giu');

const BOTH = /(?<!\p{L})(?:both sides|beide (?:kanten|zijden)|beiden? Seiten)(?!\p{L})/iu;

/** Cheap test before the regular expressions: a sentence naming no side has none of these. */
const CUES = [
  'side',
  'held',
  'control',
  'occup',
  'install',
  'appoint',
  'backed',
  'kant',
  'zijde',
  'bezet',
  'Seite',
  'esatz',
  'esetzt',
  'kontroll',
];

/** Marks a count of both sides: it clashes with a count of either. */
export const BOTH_SIDES = '*';

/** The side a sentence counts for, or undefined where it names none or more than one. */
export function countSide(
  c: EventCandidate,
  countryOf: CountryOf | undefined,
  countryOfDemonym: CountryOfDemonym | undefined,
): string | undefined {
  const text = c.sentence.text;
  if (!CUES.some((cue) => text.includes(cue))) return undefined;
  if (BOTH.test(text)) return BOTH_SIDES;
  let side: string | undefined;
  const note = (country: string | undefined): boolean => {
    if (country === undefined) return true;
    if (side !== undefined && side !== country) return false;
    side = country;
    return true;
  };
  if (countryOfDemonym)
    for (const m of text.matchAll(DEMONYM_SIDE))
      if (!note(countryOfDemonym((m[1] as string).toLowerCase()))) return undefined;
  if (countryOf)
    for (const m of c.sentence.mentions)
      if (m.id !== undefined && namesHolder(text, m) && !note(countryOf(m.id))) return undefined;
  return side;
}

/**
 * The side each cluster's counts are of, kept at its root like Speakers; empty and never asked when
 * no count names a side.
 */
export class CountSides {
  private readonly side: (string | undefined)[] = [];
  private readonly any: boolean;

  constructor(
    candidates: readonly EventCandidate[],
    countryOf: CountryOf | undefined,
    countryOfDemonym: CountryOfDemonym | undefined,
  ) {
    for (const c of candidates)
      this.side.push(c.figures.length > 0 ? countSide(c, countryOf, countryOfDemonym) : undefined);
    this.any = this.side.some((s) => s !== undefined);
  }

  /** Whether joining the clusters at roots a and b would put counts of two sides under one event. */
  clash(a: number, b: number): boolean {
    if (!this.any) return false;
    const sa = this.side[a];
    const sb = this.side[b];
    return sa !== undefined && sb !== undefined && sa !== sb;
  }

  /** Keep the joined cluster's side at its new root. */
  join(root: number, a: number, b: number): void {
    if (this.any) this.side[root] = this.side[a] ?? this.side[b];
  }
}
