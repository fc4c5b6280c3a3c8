/**
 * "The number of deaths is expected to continue to rise", "het dodental zal naar verwachting nog
 * stijgen", "die Zahl der Toten dürfte weiter steigen": a tally whose own verb is hedged tells what
 * may come, not who died.
 */
import type { Token } from './tokenize.ts';

/** Words that may stand between a tally and its hedged verb: auxiliaries, "naar" of "naar verwachting". */
const BETWEEN = new Set(
  'is are was were has have had will ist sind wird werden war waren zal zullen wordt worden zijn naar'.split(
    ' ',
  ),
);

/** At most this many of them. */
const MAX_BETWEEN = 3;

/** Whether a hedge word follows the trigger ending at `end`, only auxiliaries between. */
export function forecastAfter(
  tokens: readonly Token[],
  isHedge: (i: number) => boolean,
  end: number,
): boolean {
  let i = 0;
  while (i < tokens.length && (tokens[i] as Token).start < end) i++;
  for (let n = 0; i < tokens.length && n <= MAX_BETWEEN; i++, n++) {
    if (isHedge(i)) return true;
    if (!BETWEEN.has((tokens[i] as Token).word)) return false;
  }
  return false;
}
