/**
 * A time in an aside that tells when something was founded ("The New Social Contract party,
 * founded in August, won 20 seats", "De partij, in augustus opgericht, won 20 zetels", "Die
 * Partei, im August gegründet, gewann 20 Sitze") dates the founding of the noun before it, not what
 * the sentence reports.
 */

const FOUNDED =
  /(?<![\p{L}])(?:founded|established|formed|set\s+up|opgericht|gesticht|gegründet)(?![\p{L}])/iu;
/** From the last comma before the time, and up to the first after it. */
const OPENED = /,\s+[^,;:()]*$/u;
const CLOSED = /^[^,;:()]*,/u;

/** The aside [comma, closing comma] the time at [start, end) lies in, if it tells a founding. */
export function foundedAside(
  sentence: string,
  t: { start: number; end: number },
): [number, number] | undefined {
  const open = OPENED.exec(sentence.slice(0, t.start));
  const close = CLOSED.exec(sentence.slice(t.end));
  if (!open || !close) return undefined;
  const to = t.end + close[0].length;
  return FOUNDED.test(sentence.slice(open.index, to)) ? [open.index, to] : undefined;
}
