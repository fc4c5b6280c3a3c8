/**
 * "…, according to the government delegation", "Nach Angaben der Regierungsdelegation": a topic
 * named only inside the report's source says who counted, not what happened, so it is none of the
 * happening's topics. The merge would otherwise hold it against the topics of other reports of
 * the same march ("delegation" against "flood"). Only the words that always open a source count:
 * after "said the" the object may follow ("said the foreign troops should leave").
 */
import { SOURCE_OPENERS } from './attribution.ts';
import type { Found } from './concept-matches.ts';

const CUE = /according|volgens|laut|angaben/i;

/** Module constant: tsx compiles each Unicode property literal to a `new RegExp` call. */
const SOURCE_BEFORE = new RegExp(String.raw`(?:${SOURCE_OPENERS})\s+(?:[\p{L}-]+\s+){0,4}$`, 'iu');

/** Enough text before a topic for its source's opening words. */
const REACH = 60;

function inSource(text: string, start: number): boolean {
  return SOURCE_BEFORE.test(text.slice(Math.max(0, start - REACH), start));
}

/** The concepts of `present` that the sentence names outside its source too. */
export function happeningTopics(text: string, found: readonly Found[], present: Set<string>): Set<string> {
  if (present.size === 0 || !CUE.test(text)) return present;
  let kept: Set<string> | undefined;
  for (const id of present) {
    if (found.some((f) => f.item.id === id && !inSource(text, f.match.start))) continue;
    kept ??= new Set(present);
    kept.delete(id);
  }
  return kept ?? present;
}
