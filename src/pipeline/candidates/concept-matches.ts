/**
 * The concepts a sentence names. A qualifier's phrase keeps the words inside it to itself: "tear
 * gas", "traangas" are no fuel, though "gas" and "*gas" name fuel elsewhere.
 */
import type { ConceptEntry } from './lexicon.ts';
import { findMatches, type Match } from './match.ts';
import type { Token } from './tokenize.ts';
import type { WordFacts } from './vocabulary.ts';

export type Found = { item: ConceptEntry; match: Match };

/** Whether a qualifier's match covers this topic's match. */
function shielded(f: Found, qualifiers: readonly Found[]): boolean {
  return qualifiers.some((q) => q.match.start <= f.match.start && f.match.end <= q.match.end);
}

export function conceptIds(found: readonly Found[]): Set<string> {
  const ids = new Set<string>();
  if (!found.some((f) => f.item.qualifier)) {
    for (const f of found) ids.add(f.item.id);
    return ids;
  }
  const qualifiers = found.filter((f) => f.item.qualifier);
  for (const f of found) if (f.item.qualifier || !shielded(f, qualifiers)) ids.add(f.item.id);
  return ids;
}

/** Where a sentence's tokens name concepts, from what the lexicon says of their words. */
export function conceptMatches<T>(tokens: Token[], facts: readonly WordFacts<T>[]): Found[] {
  return findMatches(tokens, (i) => (facts[i] as WordFacts<T>).concepts);
}

/** The concepts a sentence's tokens name. */
export function presentConcepts<T>(tokens: Token[], facts: readonly WordFacts<T>[]): Set<string> {
  return conceptIds(conceptMatches(tokens, facts));
}
