import type { ChronologyEvent, EventFile } from '../../schema/events.ts';

export interface FilterOption {
  id: string;
  label: string;
  /** How many events the option keeps on its own. */
  count: number;
}

export interface FilterOptions {
  actors: FilterOption[];
  places: FilterOption[];
  documents: FilterOption[];
  languages: FilterOption[];
}

function tally(
  events: ChronologyEvent[],
  keys: (event: ChronologyEvent) => Iterable<string>,
  label: (id: string) => string,
): FilterOption[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const key of new Set(keys(event))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ id, label: label(id), count }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
}

/** The choices each filter offers: only values some event has, labelled for the reader, with event counts. */
export function filterOptions(
  data: EventFile,
  names: { place: (id: string) => string; language: (code: string) => string },
): FilterOptions {
  const actors = new Map(data.actors.map((a) => [a.id, a.name]));
  const documents = new Map(data.documents.map((d) => [d.id, d]));
  const languageOf = (id: string) => documents.get(id)?.language ?? '';
  return {
    actors: tally(
      data.events,
      (e) => e.actors,
      (id) => actors.get(id) ?? id,
    ),
    places: tally(data.events, (e) => e.places, names.place),
    documents: tally(
      data.events,
      (e) => e.sources.map((s) => s.document),
      (id) => documents.get(id)?.title || documents.get(id)?.file || id,
    ),
    languages: tally(
      data.events,
      (e) => e.sources.map((s) => languageOf(s.document)).filter(Boolean),
      names.language,
    ),
  };
}
