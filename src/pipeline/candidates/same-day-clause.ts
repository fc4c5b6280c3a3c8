/**
 * "Premier Oli trad dinsdag af, op de dag dat betogers het parlementsgebouw in brand staken", "on
 * the day protesters set fire to parliament", "am selben Tag, an dem Demonstranten … in Brand
 * steckten": a clause that tells what else happened on the main clause's day reports a happening
 * of its own, on that day.
 */
import type { TriggerHit } from './happenings.ts';

/** The cheap test first: the word for "day" in the sentence. */
const DAY_WORD = /\b(?:day|dag|tag)\b/i;
/** The clause's opening words, then its words up to the trigger: no other clause between. */
const SAME_DAY_OPENING =
  /(?:\bon\s+the\s+(?:same\s+)?day\s+(?:that\s+|when\s+)?|\bop\s+de(?:zelfde)?\s+dag\s+(?:dat|waarop)\s+|\b(?:am|an)\s+(?:selben\s+|gleichen\s+|dem\s+)?Tag,?\s+(?:an\s+dem|als)\s+)[^,;:.]{0,80}$/iu;

/**
 * The hit of the highest-ranked kind (`rank`, lower first) standing in such a clause, of a kind not
 * yet chosen: "on the day protesters set fire to parliament" tells the arson, not a protest.
 */
export function sameDayClauseHit(
  hits: TriggerHit[],
  chosen: TriggerHit[],
  text: string,
  rank: (kind: string) => number,
): TriggerHit | undefined {
  if (!DAY_WORD.test(text)) return undefined;
  let found: TriggerHit | undefined;
  for (const h of hits) {
    if (h.kind === 'statement' || chosen.some((c) => c.kind === h.kind)) continue;
    if (found && rank(found.kind) <= rank(h.kind)) continue;
    if (SAME_DAY_OPENING.test(text.slice(Math.max(0, h.start - 120), h.start))) found = h;
  }
  return found;
}
