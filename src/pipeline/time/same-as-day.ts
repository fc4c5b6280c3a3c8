/**
 * "Officieel zijn 30 doden bevestigd, hetzelfde aantal als gisteren", "the same number as on
 * Friday", "genauso viele wie gestern": a day the sentence says its count equals is what the
 * count is compared with. The count stands on the day of the report, not on that day.
 */
import type { Timex } from '../types.ts';
import type { Lang } from './lexicon.ts';

const SAME_AS: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:the\s+same(?:\s+(?:number|figure|toll|count))?\s+as|as\s+many\s+as|unchanged\s+from)\s+(?:on\s+)?$/iu,
  nl: /(?<![\p{L}])(?:hetzelfde(?:\s+aantal)?|evenveel|even\s+veel)\s+als\s+(?:op\s+)?$/iu,
  de: /(?<![\p{L}])(?:(?:genauso|ebenso|gleich)\s+viele\s+wie|(?:dieselbe|die\s+gleiche)\s+(?:Zahl|Anzahl)\s+wie)\s+(?:am\s+)?$/iu,
};

/** Whether the day `t` names is the one the sentence's count is told to equal. */
export function isSameAsDay(lang: Lang, sentence: string, t: Timex): boolean {
  return (
    t.precision !== 'year' &&
    t.precision !== 'month' &&
    SAME_AS[lang].test(sentence.slice(Math.max(0, t.start - 40), t.start))
  );
}
