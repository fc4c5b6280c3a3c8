/**
 * "ended at around 3 o'clock in the morning", "gegen 3 Uhr", "om 3 uur": a number before a word of
 * the clock tells an hour, however near a tally of the dead it stands ("with 12 dead … at around
 * 3 o'clock" counts no three dead).
 */
const CLOCK_AFTER = /^\s*(?:o['’]\s?clock|uhr|uur|a\.\s?m\.|p\.\s?m\.)(?![\p{L}])/iu;

/** Whether the number ending at `end` is followed by a word of the clock. */
export function tellsHour(text: string, end: number): boolean {
  return CLOCK_AFTER.test(text.slice(end, end + 10));
}
