import type { ChronologyEvent, EventFile } from '../schema/events.ts';

/** What the reader narrowed the chronology to; an empty list or search means "no constraint". */
export interface EventFilters {
  actors: string[];
  places: string[];
  documents: string[];
  languages: string[];
  search: string;
}

export const noFilters = (): EventFilters => ({
  actors: [],
  places: [],
  documents: [],
  languages: [],
  search: '',
});

/**
 * Builds the predicate the app and the export CLI share, so a download holds exactly what the page shows:
 * every non-empty filter must match (an event matches a list filter when any of its values is listed),
 * and the search looks in the title and the cited sentences, case-insensitively.
 */
export function eventMatcher(
  filters: EventFilters,
  documents: EventFile['documents'],
): (event: ChronologyEvent) => boolean {
  const languages = new Map(documents.map((d) => [d.id, d.language]));
  const query = filters.search.trim().toLowerCase();
  return (event) => {
    if (filters.actors.length && !event.actors.some((a) => filters.actors.includes(a))) return false;
    if (filters.places.length && !event.places.some((p) => filters.places.includes(p))) return false;
    if (filters.documents.length && !event.sources.some((s) => filters.documents.includes(s.document))) {
      return false;
    }
    if (
      filters.languages.length &&
      !event.sources.some((s) => filters.languages.includes(languages.get(s.document) ?? ''))
    ) {
      return false;
    }
    if (query) {
      const haystack = [event.title, ...event.sources.map((s) => s.sentence)].join('\n').toLowerCase();
      if (!haystack.includes(query)) return false;
    }
    return true;
  };
}

/** The file narrowed to the matching events, in time order; documents, places and actors are kept whole. */
export function filterEventFile(file: EventFile, filters: EventFilters): EventFile {
  const matches = eventMatcher(filters, file.documents);
  return { ...file, events: sortEvents(file.events.filter(matches)) };
}

/** Time order, ties broken by id, as the app lists events. */
export function sortEvents(events: readonly ChronologyEvent[]): ChronologyEvent[] {
  return [...events].sort((a, b) => a.when.start.localeCompare(b.when.start) || a.id.localeCompare(b.id));
}
