import type { EventCandidate } from '../candidates/event-candidate.ts';
import { uniqueSorted } from './shown-ids.ts';

/**
 * The places an event shows: those its reports name, or, where none names one, the places the
 * reports about one country put it in (candidates/home-places.ts), when they agree on one country:
 * "Internet shut down" in a report about Kazakhstan is on the map in Kazakhstan.
 */
export function placesOrHome(
  shown: string[],
  candidates: readonly EventCandidate[],
  countryOf: ((id: string) => string | undefined) | undefined,
): string[] {
  if (shown.length > 0) return shown;
  const home = uniqueSorted(candidates.flatMap((c) => c.homePlaces ?? []));
  const countries = new Set(home.map((id) => countryOf?.(id) ?? id));
  return countries.size === 1 ? home : shown;
}
