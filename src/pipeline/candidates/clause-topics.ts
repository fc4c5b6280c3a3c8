/**
 * "Russian paratroopers have arrived in Kazakhstan …, after dozens of people were killed in
 * clashes between protesters and security forces": a toll told in the clause a splitter opens
 * ("after", "nadat", "nachdem") has the topics of that clause, not of the main clause's happening.
 * The troops that arrived tell nothing of the dead, and would keep them from the reports of those
 * dead that name no troops.
 */
import { conceptIds, type Found } from './concept-matches.ts';
import type { TriggerHit } from './happenings.ts';
import type { ConceptEntry } from './lexicon.ts';
import { happeningTopics } from './source-topics.ts';

/**
 * The topics of a tallied happening whose trigger lies in the subordinate clause `span`: those of
 * the sentence's `concepts` found inside it. Any other keeps the sentence's.
 */
export function subordinateTopics(
  text: string,
  found: readonly Found[],
  span: readonly [number, number] | null,
  h: TriggerHit,
  tallied: boolean,
  concepts: ConceptEntry[],
): ConceptEntry[] {
  if (!tallied || span === null || h.start < span[0] || h.end > span[1]) return concepts;
  const inside = found.filter((f) => f.match.start >= span[0] && f.match.end <= span[1]);
  if (inside.length === found.length) return concepts;
  const ids = happeningTopics(text, inside, conceptIds(inside));
  return concepts.filter((c) => ids.has(c.id));
}
