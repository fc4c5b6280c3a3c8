/**
 * "evacuated from the hospital, one of the largest in Europe", "het ziekenhuis, een van de grootste
 * van Europa", "die Klinik, eine der größten in Europa": a place after "one of the" and a
 * superlative with no noun of its own is the range the thing named before is compared within, not
 * where it happened. With a noun ("the largest demonstration in Kazakhstan", "de grootste partij van
 * Nederland") the place is the happening's own.
 */
import type { Mention } from '../types.ts';

const SUPERLATIVE_BEFORE =
  /(?<![\p{L}])(?:one\s+of\s+the|een\s+van\s+de|eine[rs]?\s+der)\s+(?:largest|biggest|busiest|oldest|grootste|drukste|oudste|größten|ältesten)\s+(?:in|of|van|von)\s+(?:the\s+|de\s+|het\s+)?$/iu;

/** Whether `place` is named as the range of a superlative before it. */
export function comparedWithin(text: string, place: Mention): boolean {
  return SUPERLATIVE_BEFORE.test(text.slice(Math.max(0, place.start - 48), place.start));
}
