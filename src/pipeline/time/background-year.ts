/**
 * A year that says which thing a relative clause speaks of ("Krasikov, who was serving a life
 * sentence for the 2019 murder …"): the history of someone named, not when the sentence's
 * happening took place. English only: Dutch and German put such a year after the noun with a
 * preposition ("de moord uit 2019", "der Mord von 2019"), which as often dates the happening.
 */
import type { Timex } from '../types.ts';
import type { Lang } from './lexicon.ts';

const RELATIVE = /,\s*(?:who|whom|whose|which)\s/i;
const DETERMINER = /\b(?:the|a|an|its|his|her|their)\s+$/i;
const WRITTEN_YEAR = /^\d{4}$/;
const LOWERCASE_WORD = /^\s+\p{Ll}/u;

/** Whether `t` is a year before a noun ("the 2019 murder") inside a relative clause. */
export function isBackgroundYear(lang: Lang, sentence: string, t: Timex): boolean {
  if (lang !== 'en' || t.precision !== 'year' || !WRITTEN_YEAR.test(t.text)) return false;
  const before = sentence.slice(0, t.start);
  return DETERMINER.test(before) && RELATIVE.test(before) && LOWERCASE_WORD.test(sentence.slice(t.end));
}
