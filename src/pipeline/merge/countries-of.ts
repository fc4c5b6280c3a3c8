import type { EventCandidate } from '../candidates/event-candidate.ts';

/** The country a place id lies in (ISO 3166-1 alpha-2), where the gazetteer says. */
export type CountryOf = (placeId: string) => string | undefined;

const NONE: readonly never[] = [];

/**
 * The countries a candidate is about, each once: those its places lie in, and countries among its
 * actors, less the countries whose people it counts ("Spain's government says 50 Spaniards
 * died" is no death in Spain).
 */
export function countriesOf(c: EventCandidate, countryOf: CountryOf | undefined): readonly string[] {
  if (!countryOf || (c.places.length === 0 && c.actors.length === 0)) return NONE;
  const found: string[] = [];
  for (let i = 0; i < c.places.length + c.actors.length; i++) {
    const id = (i < c.places.length ? c.places[i] : c.actors[i - c.places.length]) as string;
    if (c.nationals?.includes(id)) continue;
    const country = countryOf(id);
    if (country && !found.includes(country)) found.push(country);
  }
  return found.length > 0 ? found : NONE;
}
