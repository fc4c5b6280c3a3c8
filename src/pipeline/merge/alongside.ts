/**
 * The rare happenings a sentence tells beside a candidate's ("the borders were closed, a curfew
 * was imposed"): two reports that tell the same rare one beside theirs tell the same news.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { kindTraits } from '../candidates/kind-traits.ts';
import { sentenceIdOf } from './sentence-id.ts';

/** For each candidate, the other rare kinds its sentence tells (shared arrays: never written to). */
export function rareAlongside(candidates: readonly EventCandidate[]): Map<EventCandidate, readonly string[]> {
  const bySentence = new Map<string, string[]>();
  for (const c of candidates) {
    if (!kindTraits(c.kind).rare) continue;
    const kinds = bySentence.get(sentenceIdOf(c));
    if (!kinds) bySentence.set(sentenceIdOf(c), [c.kind]);
    else if (!kinds.includes(c.kind)) kinds.push(c.kind);
  }
  const out = new Map<EventCandidate, readonly string[]>();
  if (bySentence.size === 0) return out;
  for (const c of candidates) {
    const kinds = bySentence.get(sentenceIdOf(c));
    if (!kinds) continue;
    const others = kinds.filter((k) => k !== c.kind);
    if (others.length > 0) out.set(c, others);
  }
  return out;
}
