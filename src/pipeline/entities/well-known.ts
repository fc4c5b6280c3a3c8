import type { GazetteerEntry } from '../types.ts';

/** A city this large is meant by its name even where the name is also a given name ("Austin" is not). */
const WELL_KNOWN = 1_000_000;

/** A capital or a city of a million: its name before or as a given name still means the city. */
export function isWellKnownCity(place: GazetteerEntry): boolean {
  return place.capital === true || (place.population ?? 0) >= WELL_KNOWN;
}
