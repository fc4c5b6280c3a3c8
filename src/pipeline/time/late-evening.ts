/**
 * "late on Tuesday", "late Tuesday", "laat op dinsdag", "spät am Dienstag": the day's late evening.
 * The expression keeps its day; what counts from it (a bare clock time in the small hours, "shortly
 * after 1 a.m.") knows the story was at that evening.
 */
const LATE_BEFORE = /(?<![\p{L}])(?:late\s+(?:on\s+)?|laat\s+op\s+|spät\s+am\s+|am\s+späten\s+)$/iu;

/** How much text before an expression can hold the word. */
const REACH = 14;

/** Whether the words right before `start` in `text` make the day there a late evening. */
export function lateBefore(text: string, start: number): boolean {
  return LATE_BEFORE.test(text.slice(Math.max(0, start - REACH), start));
}
