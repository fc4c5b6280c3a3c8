/**
 * "Darmanin said 130 people had been arrested since Monday and that 1,000 additional police
 * officers were being sent": a time in the first of two reported clauses that "and that", "en dat"
 * or "und dass" joins dates that clause's happening only, not what the second reports, nor the
 * saying. A time before the verb of saying ("On Monday, X said … and that …") or right after it
 * ("said on Monday that … and that …") is the saying's and dates both; one a future in the past
 * looks ahead to ("said the curfew would take effect at midnight and that …") dates no happening
 * of the past.
 */
import type { Timex } from '../types.ts';
import type { Lang } from './lexicon.ts';
import { DAY_OF_SAYING, SAID } from './reported-pluperfect.ts';

/** A future in the past between the verb of saying and the time. */
const AHEAD: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:would|will)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:zou|zouden|zal|zullen)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:würde|würden|werde|werden|wird)(?![\p{L}])/iu,
};

/** A clause boundary between the time and "and that": the time is then no part of the first clause alone. */
const BOUNDARY = /[,;:()—–]/;

/** The words that open the second reported clause, as the sentence writes them. */
const AND_THAT: Record<Lang, string> = { en: ' and that ', nl: ' en dat ', de: ' und dass ' };

/** The first reported clause [start, end) `t` lies in, from right after the verb of saying, or undefined. */
export function firstReportedClause(lang: Lang, sentence: string, t: Timex): [number, number] | undefined {
  // The words are rare: look for them before any regex runs.
  const joined = sentence.indexOf(AND_THAT[lang], t.end);
  if (joined < 0) return undefined;
  const clause = SAID[lang].exec(sentence.slice(0, t.start))?.groups?.clause;
  if (clause === undefined || DAY_OF_SAYING.test(clause) || AHEAD[lang].test(clause)) return undefined;
  if (BOUNDARY.test(sentence.slice(t.end, joined))) return undefined;
  return [t.start - clause.length, joined];
}
