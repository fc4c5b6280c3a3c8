/**
 * "President Tokayev said in an official statement Friday, and in talks with Russian President
 * Vladimir Putin on Saturday, that …": a phrase joined by "and" to the one dating the saying, with a
 * day of its own, tells another occasion. Whom it names (Putin) took part in that occasion only.
 */
import type { Timex } from '../types.ts';

type Span = [number, number];

/** "and in", "en in", "und am": a coordinator and the preposition opening an adverbial phrase. */
const COORDINATED =
  /(?:,\s*)?\b(?:and|en|und)\s+(?:in|at|on|during|op|bij|tijdens|in|im|am|bei|beim|während|auf)\s/giu;

/** Where the phrase ends: its comma, or the clause of what was said ("that", "dat", "dass"). */
const PHRASE_END = /,|\s(?:that|dat|dass)\s/u;

/** A phrase of this many words at most is one occasion, not a clause of its own. */
const MOST_WORDS = 12;

/**
 * The coordinated phrases of `text` that carry a time expression of their own, none of them
 * holding `dating`, the expression that dates the happening at `at` (which lies before them,
 * outside them).
 */
export function coordinatedTimedPhrases(
  text: string,
  timexes: readonly Timex[],
  at: { start: number; end: number },
  dating: string | undefined,
): Span[] {
  const own = dating === undefined ? undefined : timexes.find((t) => t.text === dating);
  if (!own) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(COORDINATED)) {
    const start = m.index;
    if (start < own.end || start < at.end) continue;
    const rest = text.slice(start + m[0].length);
    const stop = PHRASE_END.exec(rest);
    const end = start + m[0].length + (stop ? stop.index : rest.length);
    if (text.slice(start, end).split(/\s+/u).length > MOST_WORDS) continue;
    if (timexes.some((t) => t !== own && t.start >= start && t.end <= end)) spans.push([start, end]);
  }
  return spans;
}
