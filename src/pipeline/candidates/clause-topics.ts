/**
 * "Russian paratroopers have arrived in Kazakhstan …, after dozens of people were killed in
 * clashes between protesters and security forces": a toll told in the clause a splitter opens
 * ("after", "nadat", "nachdem") has the topics of that clause, not of the main clause's happening.
 * The troops that arrived tell nothing of the dead, and would keep them from the reports of those
 * dead that name no troops.
 */
import { conceptIds, type Found } from './concept-matches.ts';
import type { TriggerHit } from './happenings.ts';
import { happeningTopics } from './source-topics.ts';

/**
 * The topics of a tallied happening whose trigger lies in the subordinate clause `span`, from the
 * concepts `found` inside it; undefined for any other, which keeps the sentence's.
 */
export function subordinateTopics(
  text: string,
  found: readonly Found[],
  span: readonly [number, number] | null,
  h: TriggerHit,
  tallied: boolean,
): Set<string> | undefined {
  if (!tallied || span === null || h.start < span[0] || h.end > span[1]) return undefined;
  const inside = found.filter((f) => f.match.start >= span[0] && f.match.end <= span[1]);
  if (inside.length === found.length) return undefined;
  return happeningTopics(text, inside, conceptIds(inside));
}
