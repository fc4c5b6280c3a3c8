/**
 * A time in an aside that tells when something was founded ("The New Social Contract party,
 * founded in August, won 20 seats", "De partij, in augustus opgericht, won 20 zetels", "Die
 * Partei, im August gegründet, gewann 20 Sitze") dates the founding of the noun before it, not what
 * the sentence reports.
 */
import { commaAside } from './comma-aside.ts';

const FOUNDED =
  /(?<![\p{L}])(?:founded|established|formed|set\s+up|opgericht|gesticht|gegründet)(?![\p{L}])/iu;
/** The aside [comma, closing comma] the time at [start, end) lies in, if it tells a founding. */
export function foundedAside(
  sentence: string,
  t: { start: number; end: number },
): [number, number] | undefined {
  const aside = commaAside(sentence, t);
  return aside && FOUNDED.test(sentence.slice(...aside)) ? aside : undefined;
}
