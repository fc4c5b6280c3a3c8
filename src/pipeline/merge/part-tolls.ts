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
