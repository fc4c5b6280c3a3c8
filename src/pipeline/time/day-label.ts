/**
 * A day set as a label before what happened on it, as timelines and chronicles print their entries
 * ("Jan. 5 - …", "5. Januar: …", "**5 januari** – …", "Monday, January 3: …"): only bold marks
 * and a weekday before it, a colon or a dash after it. "Am 8. Januar wurde …" is no label.
 */

/** Before the day, only bold marks and a weekday ("**", "Friday, "). */
const BEFORE_DAY = /^[\s*]*(?:\p{L}+,?\s+)?$/u;

/**
 * After the day, the label ends in a colon or a dash, bold marks around it ("** –", ":", " - "),
 * perhaps after the hour ("23. Dezember, gegen 3 Uhr:", "19 december, 20.02 uur –").
 */
const AFTER_DAY =
  /^(?:,?\s+(?:gegen\s+|um\s+|rond\s+|om\s+|around\s+|at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:uhr|uur|u\.|h|a\.m\.|p\.m\.|am|pm)?)?[\s*]*[:–—-][\s*]/iu;

/** The longest hour and marks a label's day can have before its colon. */
const MAX_AFTER = 32;

/** Longer than bold marks and a weekday: no label's start. */
const MAX_BEFORE = 16;

/** Whether the expression [start, end) of `text` is the day label `text` opens with. */
export function isDayLabel(text: string, start: number, end: number): boolean {
  return (
    start <= MAX_BEFORE &&
    BEFORE_DAY.test(text.slice(0, start)) &&
    AFTER_DAY.test(text.slice(end, end + MAX_AFTER))
  );
}
