/**
 * A cheap first look at a text: most sentences of a news article hold no time expression, and one
 * scan for the words every rule needs (a digit, a weekday, a month, a unit, a day word…) spares them
 * the two dozen rule scans. Words match as prefixes at a word start, so compounds such as
 * "vrijdagochtend", "tagelang" or "Jahresbeginn" are covered by "vrijdag", "tage" and "jahr".
 */
import { anaphoraTriggers } from './anaphora.ts';
import { alternation, LEXICONS, type Lang } from './lexicon.ts';
import { durationTriggers } from './rules-duration.ts';
import { explicitTriggers } from './rules-explicit.ts';
import { fiscalTriggers } from './fiscal.ts';
import { holidayTriggers } from './holidays.ts';
import { relativeTriggers } from './rules-relative.ts';

const cache = new Map<Lang, RegExp>();

export function mayHoldTime(lang: Lang, text: string): boolean {
  let re = cache.get(lang);
  if (!re) {
    const lex = LEXICONS[lang];
    const words = new Set(
      [
        ...Object.keys(lex.weekdays),
        ...Object.keys(lex.months),
        ...Object.keys(lex.units),
        ...Object.keys(lex.parts),
        ...relativeTriggers(lang),
        ...explicitTriggers(lang),
        ...durationTriggers(lang),
        ...anaphoraTriggers(lang),
        ...fiscalTriggers(lang),
        ...holidayTriggers(lang),
      ].map((w) => w.toLowerCase()),
    );
    re = new RegExp(`\\d|(?<![\\p{L}])(?:${alternation(words)})`, 'iu');
    cache.set(lang, re);
  }
  return re.test(text);
}
