/**
 * A town's tally inside a wider one: "40 people died in the town of Paiporta" and "95 died in the
 * Valencia region" are both right, the town's dead among the region's. Sources disagree only where
 * they count the same area.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { IsCity } from './features.ts';

/**
 * Words that make a tally one of a whole area, beyond any town the sentence names ("in the region",
 * "landesweit", "in totaal"). Not "state" nor "country": "state media", "the country's deadliest".
 */
const WIDE =
  /\b(?:regions?|provinces?|county|counties|nationwide|statewide|in total|overall|altogether|across the country|regio|provincie|landelijk|in totaal|in het hele land|provinz|bundesland|landesweit|bundesweit|insgesamt|im ganzen land)\b/iu;

export type Scope = 'town' | 'wide' | undefined;

/** Whether a sentence counts for one town it names, for a whole area, or neither can be told. */
export function tallyScope(c: EventCandidate, isCity: IsCity): Scope {
  if (WIDE.test(c.sentence.text)) return 'wide';
  return c.places.some(isCity) ? 'town' : undefined;
}

/** One value of a measure with the candidates that give it. */
export type Tally = [number, EventCandidate[]];

/**
 * The values of one measure split where the smaller ones are towns' and the larger ones an area's:
 * the towns' values apart from the area's, each group a disagreement of its own only if it holds
 * two values. Undefined where no such split holds and all the values disagree.
 */
export function splitByScope(
  values: readonly Tally[],
  scopeOf: (c: EventCandidate) => Scope,
): Tally[][] | undefined {
  const town: Tally[] = [];
  const wide: Tally[] = [];
  for (const entry of values) {
    const scopes = entry[1].map(scopeOf);
    if (scopes.every((s) => s === 'town')) town.push(entry);
    else if (scopes.every((s) => s === 'wide')) wide.push(entry);
    else return undefined;
  }
  if (town.length === 0 || wide.length === 0) return undefined;
  if (Math.max(...town.map((e) => e[0])) >= Math.min(...wide.map((e) => e[0]))) return undefined;
  return [town, wide].filter((g) => g.length >= 2);
}

/** A toll opened by its place: "In Syria, at least 1,600 …", "In Paiporta vielen …", "Im Kreis Ahrweiler …". */
const OPENED_BY = /^\s*(?:in|im)\s+(?:(?:the|de|het|der|dem)\s+)?$/i;
/** "In Paiporta alone", "in Paiporta allein", "In Paiporta alleen al". */
const ALONE_AFTER = /^\s+(?:alone|allein|alleen)\b/i;
/** "allein in Paiporta", "allein im Kreis Ahrweiler", "alleen al in Paiporta". */
const ALONE_BEFORE = /\b(?:allein|alleen(?: al)?)\s+(?:in|im)\s+$/i;

const WHOLE: readonly [number, number] = [0, Infinity];

/**
 * Where a sentence of several counts tells the count of `value`: from the count before it to it
 * ("Allein im Kreis Ahrweiler … mindestens 90 …, in Nordrhein-Westfalen zählten die Behörden 43
 * Tote": the 43 are North Rhine-Westphalia's). A sentence of one count tells it throughout.
 */
function clauseOf(c: EventCandidate, value: number): readonly [number, number] {
  if (c.figures.length < 2) return WHOLE;
  const text = c.sentence.text;
  const at = c.figures
    .map((f) => ({ value: f.value, start: text.indexOf(f.text) }))
    .filter((f) => f.start >= 0)
    .sort((a, b) => a.start - b.start);
  const i = at.findIndex((f) => f.value === value);
  if (i < 0) return WHOLE;
  return [at[i - 1]?.start ?? 0, (at[i] as { start: number }).start];
}

/** A place after "in"/"im" anywhere: "kamen im Kreis Ahrweiler … ums Leben", "Police in the district of Ahrweiler". */
const IN_PLACE = /(?:^|\s)(?:in|im)\s+(?:(?:the|de|het|der|dem)\s+)?$/i;

/** Whether a place id is a country: a count in a place below one is a share of the country's. */
export type IsCountry = (placeId: string) => boolean;

/**
 * The one place a sentence scopes its toll to ("In Syria, at least 1,600 people were killed"), if
 * any. Where `isCity` is given, also the one place but a city the count of `value` is put in, past
 * the sentence's opening ("Bei der Flut kamen im Kreis Ahrweiler mindestens 141 Menschen ums
 * Leben", "…, in Syrië zijn meer dan 1600 doden geteld"): a city named so is mostly the whole
 * happening's ("Door de branden in Los Angeles").
 */
export function scopedPlace(c: EventCandidate, isCity?: IsCity, value?: number): string | undefined {
  const { text, mentions } = c.sentence;
  const [from, to] = value === undefined ? WHOLE : clauseOf(c, value);
  const within = mentions.filter(
    (m) =>
      m.kind === 'place' && m.id !== undefined && c.places.includes(m.id) && m.start >= from && m.start < to,
  );
  for (const m of within) {
    const id = m.id as string;
    if (
      (m.start < 12 && OPENED_BY.test(text.slice(0, m.start))) ||
      ALONE_AFTER.test(text.slice(m.end, m.end + 8)) ||
      ALONE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) ||
      (isCity !== undefined &&
        within.length === 1 &&
        !isCity(id) &&
        IN_PLACE.test(text.slice(Math.max(0, m.start - 12), m.start)))
    )
      return m.id;
  }
  return undefined;
}

/** The sentence names the countries it counts in, and no place below them: "In ganz Deutschland". */
function countsCountries(c: EventCandidate, isCountry: IsCountry): boolean {
  return (
    c.places.length > 0 &&
    c.places.every(isCountry) &&
    c.sentence.mentions.some((m) => m.id !== undefined && c.places.includes(m.id))
  );
}

/** A cheap test before the patterns: the sentence says "alone" in one of its languages. */
const ALONE_WORD = /\b(?:alone|allein|alleen)\b/i;

/**
 * The town a tally counts "alone" ("More than 60 people died in Paiporta alone", "allein in
 * Paiporta", "In Paiporta alleen al"): the town's share of a wider toll, a tally of its own that
 * joins the town's other counts, never the toll of the whole area. A region or country counted so
 * ("Allein in der Türkei") stays a part inside its toll.
 */
export function aloneIn(c: EventCandidate, isCity: IsCity): string | undefined {
  const { text, mentions } = c.sentence;
  if (c.figures.length === 0 || !ALONE_WORD.test(text)) return undefined;
  for (const m of mentions) {
    if (m.kind !== 'place' || m.id === undefined || !c.places.includes(m.id) || !isCity(m.id)) continue;
    if (
      ALONE_AFTER.test(text.slice(m.end, m.end + 8)) ||
      ALONE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))
    )
      return m.id;
  }
  return undefined;
}

/**
 * Whether a sentence counts an area holding the place: a whole area ("in the region"), or the
 * place beside another of its rank ("southern Turkey and northern Syria" holds Syria; "near
 * Moscow, Russia" names no second city, so it holds no part of Moscow).
 */
function holds(
  c: EventCandidate,
  place: string,
  isCity: IsCity,
  scopeOf: (c: EventCandidate) => Scope,
  isCountry?: IsCountry,
): boolean {
  if (scopedPlace(c, isCountry && isCity) === place) return false;
  if (scopeOf(c) === 'wide') return true;
  // A count of countries alone ("In ganz Deutschland starben mehr als 180 Menschen") holds their
  // regions and towns, where the sentence names them.
  if (isCountry !== undefined && !isCountry(place) && countsCountries(c, isCountry)) return true;
  const rank = isCity(place);
  return c.places.includes(place) && c.places.some((q) => q !== place && isCity(q) === rank);
}

/**
 * The values of one measure split where some are tolls scoped to one place ("In Syria, at least
 * 1,600") below a larger toll of an area holding it ("killing more than 5,000 in Turkey and
 * Syria"): each place's values apart, disagreeing only among themselves, and the rest apart.
 * Undefined where no value is such a part.
 */
export function splitScopedParts(
  values: readonly Tally[],
  isCity: IsCity,
  scopeOf: (c: EventCandidate) => Scope,
  isCountry?: IsCountry,
): Tally[][] | undefined {
  const parts = new Map<string, Tally[]>();
  const rest: Tally[] = [];
  for (const entry of values) {
    const places = new Set(entry[1].map((c) => scopedPlace(c, isCountry && isCity, entry[0])));
    const place = places.size === 1 ? [...places][0] : undefined;
    const part =
      place !== undefined &&
      values.some(([v, cs]) => v > entry[0] && cs.some((w) => holds(w, place, isCity, scopeOf, isCountry)));
    if (part) parts.set(place, [...(parts.get(place) ?? []), entry]);
    else rest.push(entry);
  }
  if (parts.size === 0) return undefined;
  return [rest, ...parts.values()].filter((g) => g.length >= 2);
}
