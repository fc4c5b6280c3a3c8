import type {
  Actor,
  ChronologyDocument,
  ChronologyEvent,
  EventFile,
  Place,
  Source,
} from '../schema/events.ts';

/** Id → record maps of one event file, so exporters print names instead of ids. */
export interface Lookup {
  place(id: string): Place | undefined;
  actor(id: string): Actor | undefined;
  document(id: string): ChronologyDocument | undefined;
}

export function lookup(file: EventFile): Lookup {
  const places = new Map(file.places.map((p) => [p.id, p]));
  const actors = new Map(file.actors.map((a) => [a.id, a]));
  const documents = new Map(file.documents.map((d) => [d.id, d]));
  return {
    place: (id) => places.get(id),
    actor: (id) => actors.get(id),
    document: (id) => documents.get(id),
  };
}

export const placeNames = (event: ChronologyEvent, at: Lookup): string[] =>
  event.places.map((id) => at.place(id)?.name ?? id);

export const actorNames = (event: ChronologyEvent, at: Lookup): string[] =>
  event.actors.map((id) => at.actor(id)?.name ?? id);

/** "Title (publisher, 2022-01-08): “sentence”" — where a cited sentence comes from, for plain-text formats. */
export function describeSource(source: Source, at: Lookup): string {
  const doc = at.document(source.document);
  if (!doc) return `${source.document}: “${source.sentence}”`;
  const day = doc.published.precision === 'month' ? doc.published.date.slice(0, 7) : doc.published.date;
  const origin = [doc.publisher, day].filter(Boolean).join(', ');
  return `${doc.title || doc.file} (${origin}): “${source.sentence}”`;
}
