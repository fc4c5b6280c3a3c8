/**
 * A time in an aside that names the moment of an earlier happening ("At 14.46, exactly in the
 * moment in which last Friday the earth trembled, the country held one minute of silence", "Um
 * 12.51 Uhr, dem Zeitpunkt des Bebens vom Freitag, …", "om 8.30 uur, het tijdstip van de aanslag
 * van zondag, …") dates that happening, not what the sentence reports: a commemoration recalls it.
 */

const MOMENT = /(?<![\p{L}])(?:moment|the\s+time|tijdstip|zeitpunkt)(?![\p{L}])/iu;
/** From the last comma before the time, and up to the first after it. */
const OPENED = /,\s+[^,;:()]*$/u;
const CLOSED = /^[^,;:()]*,/u;

/** The aside [comma, closing comma] the time at [start, end) lies in, if it names an earlier moment. */
export function momentAside(
  sentence: string,
  t: { start: number; end: number },
): [number, number] | undefined {
  const open = OPENED.exec(sentence.slice(0, t.start));
  const close = CLOSED.exec(sentence.slice(t.end));
  if (!open || !close) return undefined;
  return MOMENT.test(sentence.slice(open.index, t.start)) ? [open.index, t.end + close[0].length] : undefined;
}
