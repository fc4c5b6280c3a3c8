/**
 * The reports without a day of their own, dated again once every report has been read: a day
 * inferred from other reports may be a week off (redate.ts), and a report may tell relative to its
 * day what reports with their own dates date (redate-by-anchors.ts).
 */
import type { ChronologyDocument } from '../schema/events.ts';
import type { CountriesOfDocument, DocumentsApart } from './documents-apart.ts';
import { redateFromLaterNews, replaceDocument, type Processed } from './redate.ts';
import { redateByAnchors } from './redate-by-anchors.ts';
import { redateByToll } from './redate-by-toll.ts';
import type { Candidate, PublishedArticle } from './types.ts';

/** What the run knows of an entity id: a person, an unlisted name or place, a town. */
export interface EntityFacts {
  name?: string;
  kind?: string;
  /** Where the id lies, when it is a point (a city, an island, a landmark). */
  point?: readonly [number, number];
  /** The kind of place the id is ("city", "region"), when it is one. */
  placeKind?: string;
  /** The listed regions the place lies in. */
  within?: readonly string[];
}

/** A region names itself; a town, island or landmark the regions it lies in. */
export function regionsOf(facts: EntityFacts, id: string): readonly string[] {
  if (facts.placeKind === 'region') return [id];
  return facts.point !== undefined ? (facts.within ?? []) : [];
}

/** Persons, organisations, unlisted names and places, towns: what a story's reports name alike. */
export function specific(facts: EntityFacts): boolean {
  return (
    facts.kind === 'person' ||
    facts.kind === 'organisation' ||
    facts.kind === 'unknown' ||
    facts.kind === 'place' ||
    facts.point !== undefined
  );
}

/**
 * Replaces, in `documents` and `candidates`, each report of `undated` that is dated again; a report
 * is held only against documents not `apart` from its own, of its story (`countriesOf`: the countries
 * each document names).
 */
export function redateUndated<C extends Candidate>(
  undated: readonly PublishedArticle[],
  documents: ChronologyDocument[],
  candidates: C[],
  facts: (id: string) => EntityFacts,
  process: (article: PublishedArticle) => Processed<C> | undefined,
  apart?: DocumentsApart,
  countriesOf?: CountriesOfDocument,
): void {
  const inferred = undated.filter((a) => a.published.inferred && a.published.precision === 'day');
  const redated = new Map<string, ChronologyDocument['published']>();
  for (const redone of redateFromLaterNews(inferred, documents, candidates, process)) {
    replaceDocument(documents, candidates, redone);
    redated.set(redone.document.id, redone.document.published);
  }
  // A toll above every dated report's puts the report after them, whatever its sister's day.
  const tolled = new Set<string>();
  for (const redone of redateByToll(
    undated.map(now(redated, tolled)),
    documents,
    candidates,
    process,
    apart,
    countriesOf,
  )) {
    replaceDocument(documents, candidates, redone);
    redated.set(redone.document.id, redone.document.published);
    tolled.add(redone.document.id);
  }
  for (const redone of redateByAnchors(
    undated.map(now(redated, tolled)),
    documents,
    candidates,
    (id) => specific(facts(id)),
    (id) => facts(id).name,
    process,
    apart,
    (id) => regionsOf(facts(id), id),
  ))
    replaceDocument(documents, candidates, redone);
}

/** A report as dated again; one dated by its toll no longer rests on the sister it was first read from. */
function now(
  redated: ReadonlyMap<string, ChronologyDocument['published']>,
  tolled: ReadonlySet<string>,
): (article: PublishedArticle) => PublishedArticle {
  return (article) => {
    const published = redated.get(article.id);
    if (!published) return article;
    return tolled.has(article.id) ? { ...article, published, sister: undefined } : { ...article, published };
  };
}
