/**
 * "…, according to the government delegation", "Nach Angaben der Regierungsdelegation": a topic
 * named only inside the report's source says who counted, not what happened, so it is none of the
 * happening's topics. The merge would otherwise hold it against the topics of other reports of
 * the same march ("delegation" against "flood"). Only the words that always open a source count:
 * after "said the" the object may follow ("said the foreign troops should leave").
 * So is the medium something was posted on ("a statement posted by its Amaq news agency on
 * Telegram", "Video posted on social media showed …", "op sociale media gedeeld", "in sozialen
 * Medien geteilt"): how the news was told, not what happened.
 */
import { SOURCE_OPENERS } from './attribution.ts';
import type { Found } from './concept-matches.ts';

const CUE = /according|volgens|laut|angaben|posted|shared|gedeeld|gepost|geteilt|gepostet/i;

/**
 * Words no source's name holds: "nach Angaben örtlicher Medien auch den Flughafen" names its source
 * before "auch", and the airport is what happened to.
 */
const SOURCE_ENDS = String.raw`(?:also|too|ook|eveneens|auch|ebenfalls)`;

/** Module constants: tsx compiles each Unicode property literal to a `new RegExp` call. */
const SOURCE_BEFORE = new RegExp(
  String.raw`(?:(?:${SOURCE_OPENERS})\s+(?:(?!${SOURCE_ENDS}\s)[\p{L}-]+\s+){0,4}|\b(?:posted|shared)\s+(?:[\p{L}-]+\s+){0,5}(?:on|via)\s+(?:the\s+)?)$`,
  'iu',
);
/**
 * A source set off by a comma that closes the sentence may be longer: "…, according to the latest
 * balance of the Government delegation." Mid-sentence ("nach Angaben der Flughafenbetreiber nur noch vereinzelt
 * Flüge") the words after the opener soon tell the happening again.
 */
const CLOSING_SOURCE_BEFORE = new RegExp(
  String.raw`,\s*(?:${SOURCE_OPENERS})\s+(?:[\p{L}-]+\s+){0,8}$`,
  'iu',
);
const TO_SENTENCE_END = /^[\p{L}\s-]*[.!?]?\s*$/u;

/** A medium before the verb that posted on it: "op sociale media gedeeld", "in sozialen Medien geteilt". */
const MEDIUM_BEFORE = /(?:^|\s)(?:op|via|in|auf)\s+(?:den\s+|de\s+)?$/iu;
const POSTED_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}(?:gedeeld\p{L}*|gepost\p{L}*|geteilt\p{L}*)(?!\p{L})/iu;

/** Enough text before a topic for its source's opening words. */
const REACH = 60;

function inSource(text: string, f: Found): boolean {
  const before = text.slice(Math.max(0, f.match.start - REACH), f.match.start);
  return (
    SOURCE_BEFORE.test(before) ||
    (TO_SENTENCE_END.test(text.slice(f.match.end)) &&
      CLOSING_SOURCE_BEFORE.test(text.slice(Math.max(0, f.match.start - 2 * REACH), f.match.start))) ||
    (MEDIUM_BEFORE.test(before) && POSTED_AFTER.test(text.slice(f.match.end)))
  );
}

/** The concepts of `present` that the sentence names outside its source too. */
export function happeningTopics(text: string, found: readonly Found[], present: Set<string>): Set<string> {
  if (present.size === 0 || !CUE.test(text)) return present;
  let kept: Set<string> | undefined;
  for (const id of present) {
    if (found.some((f) => f.item.id === id && !inSource(text, f))) continue;
    kept ??= new Set(present);
    kept.delete(id);
  }
  return kept ?? present;
}
