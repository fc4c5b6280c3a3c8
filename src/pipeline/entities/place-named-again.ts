/**
 * A town the report names as a place once ("in Duisburg", "the city of Duisburg") is that town
 * where the report names it again without a word of place ("has governed Duisburg since 2004",
 * "The Duisburg prosecutor's office", "Duisburg ligt op nog geen veertig kilometer"): a report
 * means one thing by one name. A sentence that speaks of football means the club named for it, and
 * "the Voronezh region" the land around the town.
 */
import type { Found, SentenceState } from './found.ts';
import type { Token } from './text.ts';

/** Words of football, where a town's name alone is its club ("Duisburg won 2-1"). */
const FOOTBALL =
  /(?<!\p{L})(?:football\w*|soccer|voetbal\w*|fu(?:ß|ss)ball\w*|bundesliga|eredivisie|premier league|champions league|kickers?|goals?|doelpunt\w*|tore?|elftal|mannschaft|striker|spits|stürmer)(?!\p{L})/iu;

/** "the Voronezh region", "de provincie": a word of an area after the name names more than the town. */
const AREA =
  /^\s+(?:region|province|oblast|district|county|area|regio|provincie|gebied|streek|provinz|gebiet|bezirk|kreis|landkreis)(?!\p{L})/iu;

/** The places the report names with their single word's normal form: "duisburg" → "duisburg". */
function placesNamed(states: readonly SentenceState[]): Map<string, string | null> {
  const places = new Map<string, string | null>();
  for (const { found, tokens } of states)
    for (const f of found) {
      if (f.kind !== 'place' || f.id === undefined || f.end - f.first !== 1) continue;
      const norm = (tokens[f.first] as Token).norm;
      const seen = places.get(norm);
      places.set(norm, seen === undefined || seen === f.id ? f.id : null);
    }
  return places;
}

/** Unknown names of one word the report names elsewhere as a place become that place. */
export function linkPlacesNamedAgain(states: readonly SentenceState[]): void {
  let places: Map<string, string | null> | undefined;
  for (const { found, tokens, sentence } of states)
    for (const f of found as Found[]) {
      if (f.kind !== 'unknown' || f.end - f.first !== 1) continue;
      places ??= placesNamed(states);
      const id = places.get((tokens[f.first] as Token).norm);
      if (!id || FOOTBALL.test(sentence.text)) continue;
      if (AREA.test(sentence.text.slice((tokens[f.first] as Token).end))) continue;
      f.kind = 'place';
      f.id = id;
      f.resolution = 'context';
    }
}
