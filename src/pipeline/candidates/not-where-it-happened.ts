/**
 * A place a sentence names that is not where its happening was: one in a trailing clause of saying
 * or consequence (trailing-participle.ts), the range of a superlative (compared-within.ts), one
 * borrowed for a later clause (named-again-place.ts), or what a statement speaks of (said-object.ts).
 */
import type { Mention } from '../types.ts';
import type { TriggerHit } from './happenings.ts';
import { comparedWithin } from './compared-within.ts';
import { objectOfSaying } from './said-object.ts';
import { inTrailingParticiple } from './trailing-participle.ts';
import { borrowedInLaterClause } from './named-again-place.ts';

export function notWhereItHappened(text: string, place: Mention, h: TriggerHit): boolean {
  return (
    inTrailingParticiple(text, place, h.start) ||
    comparedWithin(text, place) ||
    borrowedInLaterClause(text, place, h) ||
    (h.kind === 'statement' && objectOfSaying(text, place, h))
  );
}
