/**
 * Two documents of a folder that tell two stories: their fingerprints do not link them
 * (story-links.ts) and they name no country in common (document-countries.ts). Southport's riots
 * and Venezuela's protests, told the same week, share neither; two reports of one story that
 * share few names mostly name its country both.
 */
import type { SameStory } from './story-links.ts';

export type DocumentsApart = (a: string, b: string) => boolean;

/** The countries a document names (document-countries.ts), or nothing when unknown. */
export type CountriesOfDocument = (document: string) => readonly string[] | undefined;

/** Both name countries, and none the same. */
export function countriesApart(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined || a.length === 0 || b.length === 0) return false;
  for (let i = 0; i < a.length; i++) if (b.includes(a[i] as string)) return false;
  return true;
}

export function documentsApart(sameStory: SameStory, countriesOf: CountriesOfDocument): DocumentsApart {
  return (a, b) => a !== b && countriesApart(countriesOf(a), countriesOf(b)) && !sameStory(a, b);
}

/** For callers that know no stories: no two documents are apart. */
export const NEVER_APART: DocumentsApart = () => false;

/**
 * The documents of `documents` apart from a given one, asked only of those whose countries are
 * disjoint from its own: they are looked up by their set of countries (a folder of one story has a
 * few), not one by one, so asking it for every report of a large folder stays linear.
 */
export function apartAmong(
  documents: readonly string[],
  apart: DocumentsApart,
  countriesOf: CountriesOfDocument,
): (document: string) => string[] {
  const groups = new Map<string, { countries: readonly string[]; documents: string[] }>();
  for (const d of documents) {
    const countries = countriesOf(d);
    // A document naming no country is apart from none.
    if (countries === undefined || countries.length === 0) continue;
    const key = countries.join(' ');
    const group = groups.get(key);
    if (group) group.documents.push(d);
    else groups.set(key, { countries, documents: [d] });
  }
  return (document) => {
    const own = countriesOf(document);
    const out: string[] = [];
    for (const g of groups.values())
      if (countriesApart(own, g.countries)) for (const d of g.documents) if (apart(document, d)) out.push(d);
    return out;
  };
}
