/**
 * Where a plane or a flight was bound is no place of what happened before it took off: "arrested
 * at the airport shortly before he wanted to board a plane to Algeria" was an arrest in France;
 * "een vliegtuig naar Algerije", "ein Flugzeug nach Algerien" likewise.
 */
import type { Mention } from '../types.ts';

/** A plane or flight word, then "to"/"naar"/"nach" (an article may follow), right before the place. */
const BOUND_FOR =
  /(?<![\p{L}])(?:plane|flight|vliegtuig|vlucht|toestel|flugzeug|flug|maschine)\s+(?:to|naar|nach)\s+(?:(?:the|het|de|den|die)\s+)?$/iu;

/** Whether the place `m` names only where a plane or a flight was bound. */
export function namesFlightDestination(text: string, m: Mention): boolean {
  return m.kind === 'place' && BOUND_FOR.test(text.slice(Math.max(0, m.start - 40), m.start));
}
