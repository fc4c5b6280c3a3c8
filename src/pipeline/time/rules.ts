/**
 * The own rule layer of a language, in the order its candidates are ranked among equals (see
 * select in extract.ts). Built on first use: a run of English articles never compiles Dutch rules.
 */
import { anaphoraRule } from './anaphora.ts';
import { fiscalRules } from './fiscal.ts';
import { holidayRules } from './holidays.ts';
import type { Lang } from './lexicon.ts';
import type { Rule } from './rule.ts';
import { durationRules } from './rules-duration.ts';
import { explicitRules } from './rules-explicit.ts';
import { relativeRules } from './rules-relative.ts';
import { weekWeekdayRules } from './rules-week-weekday.ts';
import { weekdayRangeRule } from './rules-weekday-range.ts';
import { weekdayRules } from './rules-weekday.ts';

const RULES = new Map<Lang, Rule[]>();

export function rulesFor(lang: Lang): Rule[] {
  let rules = RULES.get(lang);
  if (!rules) {
    rules = [
      ...weekWeekdayRules(lang),
      weekdayRangeRule(lang),
      ...weekdayRules(lang),
      ...relativeRules(lang),
      ...explicitRules(lang),
      ...durationRules(lang),
      ...fiscalRules(lang),
      ...holidayRules(lang),
      anaphoraRule(lang),
    ];
    RULES.set(lang, rules);
  }
  return rules;
}
