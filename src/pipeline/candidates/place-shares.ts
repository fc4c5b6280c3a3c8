/**
 * A toll split by place: "Seventeen people were killed in the capital and two in the eastern city
 * of Itahari", "zeventien in Kathmandu en twee in Itahari", "17 in Kathmandu und zwei in Itahari".
 * Each number is one place's share of a total the sentence does not write, so none of them is a
 * count of the whole that another report's total could disagree with.
 */
import type { NumberSpan } from './numbers.ts';

/**
 * Between the share and the next one: no clause end, and "and"/"en"/"und" or a list's comma right
 * before the next ("Three people died in Chittagong, two in Dhaka and one in Rangpur").
 */
const JOINED = /^[^.;:!?]*(?:\b(?:and|en|und)|,)\s+$/i;
/** After the next share: the place it is counted in. */
const AT_PLACE = /^\s+(?:in|op|im|bei|near|nabij)\s/i;

/** The number `n` is followed in its clause by "and <number> in <place>". */
export function sharedOutByPlace(text: string, n: NumberSpan, numbers: readonly NumberSpan[]): boolean {
  return numbers.some(
    (m) =>
      m.start > n.end &&
      JOINED.test(text.slice(n.end, m.start)) &&
      AT_PLACE.test(text.slice(m.end, m.end + 8)),
  );
}
