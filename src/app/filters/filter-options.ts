import type { EventFile } from '../../schema/events.ts';

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

type FilterKey = keyof FilterOptions;

/** How many events each value of each filter keeps: depends on the data only, not on the language. */
export type FilterCounts = Record<FilterKey, Map<string, number>>;

/** Adds one to each distinct key, so an event with two sources in one document counts once. */
function countOnce(counts: Map<string, number>, keys: Iterable<string>, seen: Set<string>) {
  seen.clear();
  for (const key of keys) {
    if (!key || seen.has(key)) continue;
    seen.add(key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}

/** Counts every filter's values in one pass over the events. */
export function countFilterValues(data: EventFile): FilterCounts {
  const languageOf = new Map(data.documents.map((d) => [d.id, d.language]));
  const counts: FilterCounts = {
    actors: new Map(),
    places: new Map(),
    documents: new Map(),
    languages: new Map(),
  };
  const seen = new Set<string>();
  const documents: string[] = [];
  const languages: string[] = [];
  for (const event of data.events) {
    documents.length = 0;
    languages.length = 0;
    for (const source of event.sources) {
      documents.push(source.document);
      languages.push(languageOf.get(source.document) ?? '');
    }
    countOnce(counts.actors, event.actors, seen);
    countOnce(counts.places, event.places, seen);
    countOnce(counts.documents, documents, seen);
    countOnce(counts.languages, languages, seen);
  }
  return counts;
}

const labelled = (counts: Map<string, number>, label: (id: string) => string): FilterOption[] =>
  [...counts]
    .map(([id, count]) => ({ id, label: label(id), count }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));

/** The choices each filter offers: only values some event has, labelled for the reader, with event counts. */
export function filterOptions(
  data: EventFile,
  names: { place: (id: string) => string; language: (code: string) => string },
  counts: FilterCounts = countFilterValues(data),
): FilterOptions {
  const actors = new Map(data.actors.map((a) => [a.id, a.name]));
  const documents = new Map(data.documents.map((d) => [d.id, d]));
  return {
    actors: labelled(counts.actors, (id) => actors.get(id) ?? id),
    places: labelled(counts.places, names.place),
    documents: labelled(counts.documents, (id) => documents.get(id)?.title || documents.get(id)?.file || id),
    languages: labelled(counts.languages, names.language),
  };
}
