import { SCHEMA_VERSION } from '../schema/events.ts';
import type { Actor, ChronologyDocument, ChronologyEvent, EventFile, Place } from '../schema/events.ts';
import type { PublishedArticle } from './types.ts';

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A document of the event file, its keys in the contract's order. */
export function toDocument(article: PublishedArticle): ChronologyDocument {
  const document: ChronologyDocument = {
    id: article.id,
    file: article.file,
    title: article.title,
    language: article.language,
    ...(article.meta.publisher ? { publisher: article.meta.publisher } : {}),
    ...(article.meta.url ? { url: article.meta.url } : {}),
    published: article.published,
    paragraphs: article.paragraphs.map((p) => ({ id: p.id, text: p.text })),
  };
  return document;
}

/**
 * The event file: documents in reading order, events by start then id, and only the places and
 * actors that events refer to, by id — every order fixed so the same input gives the same file.
 */
export function assembleEventFile(
  documents: readonly ChronologyDocument[],
  events: readonly ChronologyEvent[],
  lookup: { place(id: string): Place | undefined; actor(id: string): Actor | undefined },
): { file: EventFile; missing: string[] } {
  const placeIds = new Set<string>();
  const actorIds = new Set<string>();
  for (const e of events) {
    for (const id of e.places) placeIds.add(id);
    for (const id of e.actors) actorIds.add(id);
  }
  const missing: string[] = [];
  const places: Place[] = [];
  for (const id of placeIds) {
    const place = lookup.place(id);
    if (place) places.push(place);
    else missing.push(`place "${id}"`);
  }
  const actors: Actor[] = [];
  for (const id of actorIds) {
    const actor = lookup.actor(id);
    if (actor) actors.push(actor);
    else missing.push(`actor "${id}"`);
  }
  // An event keeps only the places and actors the file can describe; the rest are reported. When
  // every one is known, the events are kept as they are.
  const placeSet = new Set(places.map((p) => p.id));
  const actorSet = new Set(actors.map((a) => a.id));
  const resolved =
    missing.length === 0
      ? [...events]
      : events.map((e) => ({
          ...e,
          places: e.places.filter((id) => placeSet.has(id)),
          actors: e.actors.filter((id) => actorSet.has(id)),
        }));
  const sorted = resolved.sort((a, b) =>
    a.when.start < b.when.start ? -1 : a.when.start > b.when.start ? 1 : byId(a, b),
  );
  return {
    file: {
      schemaVersion: SCHEMA_VERSION,
      documents: [...documents],
      events: sorted,
      places: places.sort(byId),
      actors: actors.sort(byId),
    },
    missing,
  };
}
