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
