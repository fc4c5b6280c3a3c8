/**
 * "The coastguard said on Friday that 27 bodies had been recovered", "…, authorities said
 * Wednesday", "teilten die Behörden am Donnerstag mit": the day belongs to the verb of saying, so
 * it dates the saying. A count told so is a tally given that day, not a day on which the counted died.
 */
import type { Timex } from '../types.ts';

/** What follows a day that ends the saying: "that", "dat", "dass", or the end of its clause. */
const AFTER = /^\s*(?:,?\s*(?:that|dat|dass)\b|[,.;:!?]|$)/i;
/** What may stand between the verb and its day, when the day's expression leaves it out: "said on". */
const BETWEEN = /^\s*(?:on|op|am|an)?\s*$/i;

/**
 * Whether the time expression that dates the happening (its TIMEX3 `value`) belongs to a statement
 * trigger: right after its words and before "that" or the clause's end, or inside its words
 * ("teilte … am Montag mit"). `saying` are the spans of the sentence's statement triggers. A
 * sentence that dates its happening by another expression ("collided late on Tuesday, killing 36,
 * officials said on Wednesday") dates the happening itself.
 */
export function saidOn(
  text: string,
  timexes: readonly Timex[],
  saying: readonly { start: number; end: number }[],
  value: string,
): boolean {
  for (const t of timexes) {
    if (t.value !== value) continue;
    for (const s of saying) {
      if (s.start <= t.start && t.end <= s.end) return true;
      if (s.end <= t.start && BETWEEN.test(text.slice(s.end, t.start)) && AFTER.test(text.slice(t.end)))
        return true;
    }
  }
  return false;
}
