/**
 * A past case a sentence likens its news to: "He demanded a compensation, like the USA had paid to
 * the airlines after the attacks of 11 September 2001", "zoals na de aanslagen van 11 september
 * 2001", "wie nach den Anschlägen vom 11. September 2001". The date is the case's, years before,
 * not when the demand was made.
 */
import type { Timex } from '../types.ts';
import type { Lang } from './lexicon.ts';

/** A comma and the word that opens the likening, with no other comma up to the expression. */
const LIKE_OPENS: Record<Lang, RegExp> = {
  en: /,\s+(?:just\s+)?(?:like|as)\s[^,;:]*$/iu,
  nl: /,\s+(?:net\s+)?zoals\s[^,;:]*$/iu,
  de: /,\s+(?:genau\s+|so\s+)?wie\s[^,;:]*$/iu,
};

/** Whether `t` is a date of a year before publication's inside a clause likening the news to a past case. */
export function inComparedCase(lang: Lang, sentence: string, t: Timex, dct: string): boolean {
  if (!t.interval || t.interval.start.slice(0, 4) >= dct.slice(0, 4)) return false;
  return LIKE_OPENS[lang].test(sentence.slice(0, t.start));
}
