/**
 * The aside between commas a time lies in ("The party, founded in August, won", "At 14.46, exactly
 * in the moment in which last Friday the earth trembled, the country held"): what it tells may be
 * of another happening than the sentence's.
 */

/** From the last comma before the time, and up to the first after it. */
const OPENED = /,\s+[^,;:()]*$/u;
const CLOSED = /^[^,;:()]*,/u;

/** The aside [comma, closing comma] around the time at [start, end), if commas enclose it. */
export function commaAside(
  sentence: string,
  t: { start: number; end: number },
): [number, number] | undefined {
  const open = OPENED.exec(sentence.slice(0, t.start));
  const close = CLOSED.exec(sentence.slice(t.end));
  return open && close ? [open.index, t.end + close[0].length] : undefined;
}
