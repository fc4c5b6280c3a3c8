import type { EventCandidate } from '../candidates/event-candidate.ts';

/** A candidate's sentence, told apart from every other sentence of the folder. */
export function sentenceIdOf(c: EventCandidate): string {
  return `${c.document}\u0000${c.sentence.id}`;
}
