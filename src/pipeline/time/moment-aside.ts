/**
 * A time in an aside that names the moment of an earlier happening ("At 14.46, exactly in the
 * moment in which last Friday the earth trembled, the country held one minute of silence", "Um
 * 12.51 Uhr, dem Zeitpunkt des Bebens vom Freitag, …", "om 8.30 uur, het tijdstip van de aanslag
 * van zondag, …") dates that happening, not what the sentence reports: a commemoration recalls it.
 */
import { commaAside } from './comma-aside.ts';

const MOMENT = /(?<![\p{L}])(?:moment|the\s+time|tijdstip|zeitpunkt)(?![\p{L}])/iu;

/** The aside [comma, closing comma] the time at [start, end) lies in, if it names an earlier moment. */
export function momentAside(
  sentence: string,
  t: { start: number; end: number },
): [number, number] | undefined {
  const aside = commaAside(sentence, t);
  return aside && MOMENT.test(sentence.slice(aside[0], t.start)) ? aside : undefined;
}
