/**
 * A day set as a label before what happened on it, as timelines and chronicles print their entries
 * ("Jan. 5 - …", "5. Januar: …", "**5 januari** – …", "Monday, January 3: …"): only bold marks
 * and a weekday before it, a colon or a dash after it. "Am 8. Januar wurde …" is no label.
 */

/** Before the day, only bold marks and a weekday ("**", "Friday, "). */
const BEFORE_DAY = /^[\s*]*(?:\p{L}+,?\s+)?$/u;

/** After the day, the label ends in a colon or a dash, bold marks around it ("** –", ":", " - "). */
const AFTER_DAY = /^[\s*]*[:–—-][\s*]/u;

/** Longer than bold marks and a weekday: no label's start. */
const MAX_BEFORE = 16;

/** Whether the expression [start, end) of `text` is the day label `text` opens with. */
export function isDayLabel(text: string, start: number, end: number): boolean {
  return (
    start <= MAX_BEFORE && BEFORE_DAY.test(text.slice(0, start)) && AFTER_DAY.test(text.slice(end, end + 8))
  );
}
