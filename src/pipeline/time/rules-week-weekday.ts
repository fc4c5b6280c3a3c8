/**
 * A weekday of a named week: "vorige week donderdag", "volgende week woensdag", "donderdag van
 * vorige week", "vorige Woche Donnerstag", "am Donnerstag vergangener Woche", "Thursday of last
 * week". The week fixes the day: a weekday rule alone would take "donderdag" as the latest
 * Thursday, and a week rule alone would keep only the week.
 */
import { addDays, mondayOf } from './calendar.ts';
import { LEXICONS, type Lang } from './lexicon.ts';
import { alternation, B, E, lookup } from './word-pattern.ts';
import { direction, pattern, type Rule } from './rule.ts';
import { dayValue, partOfDayValue } from './value.ts';

const WEEK_MODIFIERS: Record<Lang, string> = {
  en: 'last|this|next',
  nl: 'afgelopen|vorige|deze|komende|volgende',
  de: 'vergangenen|vergangene|vergangener|letzten|letzte|letzter|vorigen|vorige|voriger|diesen|dieser|diese|nächsten|nächste|nächster|kommenden|kommende|kommender',
};

const WEEK: Record<Lang, string> = { en: 'week', nl: 'week', de: 'Woche' };

/** Part of day glued to the weekday ("donderdagavond", "Donnerstagabend"). */
const GLUED_PART: Record<Lang, string> = {
  en: '',
  nl: '(?<glued>ochtend|morgen|middag|avond|nacht)?',
  de: '(?<glued>morgen|vormittag|nachmittag|mittag|abend|nacht)?',
};

/** Words between a weekday written first and its week: "van", "der", "of". */
const LINK: Record<Lang, string> = { en: '(?:of\\s+)?', nl: '(?:van\\s+)?', de: '(?:der\\s+)?' };

/** How many weeks from the publication week a modifier points. */
const WEEKS = { last: -1, this: 0, next: 1 } as const;

function rule(lang: Lang, name: string, source: string): Rule {
  return {
    name,
    re: pattern(`${B}(?<x>${source})${E}`),
    anchors: [[WEEK[lang].toLowerCase()]],
    resolve(m, ctx) {
      const groups = m.groups ?? {};
      const target = lookup(ctx.lex.weekdays, groups.wd);
      const toward = direction(groups.mod);
      if (target === undefined || toward === undefined) return null;
      const monday = addDays(mondayOf(ctx.dct), 7 * WEEKS[toward]);
      const day = addDays(monday, (target + 6) % 7);
      const part = lookup(ctx.lex.parts, groups.glued);
      return Object.assign(part ? partOfDayValue(day, part) : dayValue(day), { relative: true });
    },
  };
}

const cache = new Map<Lang, Rule[]>();

/** Two rules, one for each order: a regular expression may not name a group twice. */
export function weekWeekdayRules(lang: Lang): Rule[] {
  let rules = cache.get(lang);
  if (!rules) {
    const wd = `(?<wd>${alternation(Object.keys(LEXICONS[lang].weekdays))})${GLUED_PART[lang]}`;
    const week = `(?<mod>${WEEK_MODIFIERS[lang]})\\s+${WEEK[lang]}`;
    // English says "Thursday last week" rather than "last week Thursday"; both orders are read.
    rules = [
      rule(lang, 'week-then-weekday', `${week}\\s+${wd}`),
      rule(lang, 'weekday-of-week', `${wd}\\s+${LINK[lang]}${week}`),
    ];
    cache.set(lang, rules);
  }
  return rules;
}
