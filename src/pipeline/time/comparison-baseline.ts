/**
 * A past year a sentence measures against ("the worst storm since 1953", "sinds 1953 niet meer
 * meegemaakt", "voor het eerst sinds 1980", "zum ersten Mal seit 2014", "erstmals seit 1980", "the largest bank failure since the 2008 financial
 * crisis"): the record it compares with, not when the reported
 * happening took place, which is now. Without a comparing word "since 2019" keeps its year: "in
 * custody since 2019" tells when the custody began.
 */
import type { Timex } from '../types.ts';
import type { Lang } from './lexicon.ts';

const SINCE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])since\s+(?:the\s+(?:year\s+)?)?$/iu,
  nl: /(?<![\p{L}])sinds\s+(?:(?:het|de)\s+(?:jaar\s+)?)?$/iu,
  de: /(?<![\p{L}])seit\s+(?:(?:dem|der|den)\s+(?:Jahr\s+)?)?$/iu,
};

/** Superlatives, "first time" and negations: words that make the year a yardstick. */
const COMPARING: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:first|worst|biggest|largest|highest|lowest|deadliest|strongest|heaviest|severest|most|least|best|never|not|no)(?![\p{L}])|n't(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:eerste|voor\s+het\s+eerst|ergste|grootste|hoogste|laagste|zwaarste|dodelijkste|sterkste|meeste|minste|beste|nooit|niet|geen)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:erste[nmrs]?|erstmals|schlimmste[nmrs]?|größte[nmrs]?|höchste[nmrs]?|niedrigste[nmrs]?|schwerste[nmrs]?|tödlichste[nmrs]?|stärkste[nmrs]?|meisten|wenigsten|beste[nmrs]?|nie|niemals|nicht|kein(?:e[nmrs]?)?)(?![\p{L}])/iu,
};

/**
 * "slightly lower than in 2021", "hoger dan in 2021", "niedriger als im Jahr 2021", "10 to 20 times
 * more powerful than the one in March": the year or month after a comparative is what now is
 * measured against. Dutch and German ask for the comparative's "-er"
 * before "dan", "als", which otherwise say "then" and "when".
 */
const THAN: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])than\s+(?:(?:the\s+ones?|that|those)\s+)?(?:in\s+)?(?:the\s+(?:year\s+)?)?$/iu,
  nl: /\p{L}er\s+dan\s+(?:(?:die|dat)\s+)?(?:in\s+|van\s+)?(?:het\s+jaar\s+)?$/iu,
  de: /\p{L}er\s+als\s+(?:(?:der|die|das)\s+)?(?:im\s+|vom\s+)?(?:Jahr\s+)?$/iu,
};

/**
 * Whether `t` is a year or month of a year before publication's after "since" in a sentence that
 * compares, or a year or month before publication's right after a comparative's "than".
 */
export function isComparisonBaseline(lang: Lang, sentence: string, t: Timex, dct: string): boolean {
  if ((t.precision !== 'year' && t.precision !== 'month') || !t.interval) return false;
  const yearBefore = t.interval.start.slice(0, 4) < dct.slice(0, 4);
  if (!yearBefore && !(t.precision === 'month' && t.interval.start.slice(0, 7) < dct.slice(0, 7)))
    return false;
  const before = sentence.slice(Math.max(0, t.start - 24), t.start);
  return (
    (yearBefore && SINCE[lang].test(before) && COMPARING[lang].test(sentence)) || THAN[lang].test(before)
  );
}
