/**
 * Weekday expressions: "on Friday", "Friday morning", "last Sunday", "afgelopen zondag",
 * "vrijdagochtend", "vergangenen Sonntag", "Freitagabend", and the night that spans two days
 * ("the night from Friday to Saturday", "de nacht van vrijdag op zaterdag", "in der Nacht zum Samstag"),
 * also when only the day it runs into is named ("the night into Sunday", a translation's "the night
 * to Sunday").
 */
import { addDays, diffDays, weekday } from './calendar.ts';
import { endsMeasure, setsDeadline } from './deadline.ts';
import { dayAhead } from './day-ahead.ts';
import { mourningOn } from './designated-day.ts';
import { LEXICONS, type Lang } from './lexicon.ts';
import { alternation, B, E, lookup } from './word-pattern.ts';
import { direction, pattern, type Rule, type RuleContext } from './rule.ts';
import { partOfDayValue, nightValue, dayValue } from './value.ts';
import { namesAnnouncedPlan } from './announced-plan.ts';
import { startsDeclaredPeriod } from './period-start.ts';
import { scheduledInPresent } from './scheduled-present.ts';
import { nearestWeekday, resolveWeekday, type WeekdayModifier } from './weekday.ts';
import type { Tense } from './tense.ts';

const MODIFIERS: Record<Lang, string> = {
  en: 'this\\s+past|this\\s+coming|the\\s+previous|the\\s+following|the\\s+next|last|past|previous|this|next|coming',
  nl: 'afgelopen|vorige|deze|komende|volgende|aanstaande',
  de: 'vergangenen|vergangene|vergangener|letzten|letzter|letzte|diesen|dieser|diese|nächsten|nächster|nächste|kommenden|kommende',
};

/** Part of day written as a separate word after the weekday. */
const SEPARATE_PART: Record<Lang, string> = {
  en: '\\s+(?<part>morning|afternoon|evening|night)',
  nl: '\\s+(?<part>ochtend|middag|avond|nacht)',
  de: '\\s+(?<part>Morgen|Vormittag|Nachmittag|Mittag|Abend|Nacht|früh)',
};

/** Part of day glued to the weekday: "vrijdagavond", "Freitagabend". */
const GLUED_PART: Record<Lang, string> = {
  en: '',
  nl: '(?<glued>ochtend|morgen|middag|avond|nacht)?',
  de: '(?<glued>morgen|vormittag|nachmittag|mittag|abend|nacht)?',
};

const NIGHT: Record<Lang, string> = {
  en: '(?<x>(?:the\\s+|that\\s+)?night\\s+(?:(?:from|of|between)\\s+(?<wd>WD)\\s+(?:to|into|and|until)|to|into)\\s+(?<wd2>WD))',
  nl: '(?<x>(?:de\\s+)?nacht\\s+(?:van\\s+(?<wd>WD)\\s+)?(?:op|naar)\\s+(?<wd2>WD))',
  de: '(?<x>(?:der\\s+)?Nacht\\s+(?:(?:von|vom)\\s+(?<wd>WD)\\s+)?(?:auf|zum|zu)\\s+(?:den\\s+)?(?<wd2>WD))',
};

/**
 * Words right before a weekday that point forward unless the verb is in the past: "as soon as
 * Tuesday", "bereits am Montag soll…"; "Bereits am Freitag hatte der Wetterdienst gewarnt" looks back.
 */
const FORWARD_CUE: Record<Lang, RegExp> = {
  en: /(?:as\s+soon\s+as|as\s+early\s+as|no\s+earlier\s+than|no\s+later\s+than)\s+$/i,
  nl: /(?:uiterlijk|ten\s+vroegste|ten\s+laatste)\s+$/i,
  de: /(?:frühestens|spätestens|bereits\s+am)\s+(?:am\s+)?$/i,
};

/**
 * The tense a weekday is resolved in: a deadline set by a committing verb, the day of a strike
 * called for, a day declared a day of mourning, or a day a Dutch or German present schedules
 * ("treedt woensdag af") lies ahead whatever the tense markers of the rest of the sentence.
 */
export function weekdayTense(ctx: RuleContext, start: number, end: number): Tense {
  if (
    setsDeadline(ctx.lang, ctx.text, start) ||
    dayAhead(ctx.lang, ctx.text, start, end) ||
    scheduledInPresent(ctx.lang, ctx.text, start, end)
  )
    return 'future';
  const tense = ctx.tense(start, end);
  return tense !== 'past' && FORWARD_CUE[ctx.lang].test(ctx.text.slice(Math.max(0, start - 20), start))
    ? 'future'
    : tense;
}

/** "on the Monday", "by the Wednesday": the article right before the weekday, after a preposition. */
const STORY_THE = /(?<![\p{L}])(?:on|by|until|from|to)\s+the\s+$/iu;

function modifierOf(word: string | undefined): WeekdayModifier {
  if (word === undefined) return 'none';
  return direction(word) ?? 'none';
}

function weekdayRule(lang: Lang): Rule {
  const wd = alternation(Object.keys(LEXICONS[lang].weekdays));
  const source = `${B}(?<x>(?:(?<mod>${MODIFIERS[lang]})\\s+)?(?<wd>${wd})${GLUED_PART[lang]}(?:${SEPARATE_PART[lang]})?)${E}`;
  return {
    name: 'weekday',
    re: pattern(source),
    anchors: [Object.keys(LEXICONS[lang].weekdays)],
    resolve(m, ctx, span) {
      const groups = m.groups ?? {};
      const target = lookup(ctx.lex.weekdays, groups.wd);
      if (target === undefined) return null;
      // A day of mourning declared "on Saturday" in a Friday's report is that Saturday's mourning.
      const tense =
        weekday(addDays(ctx.dct, 1)) === target && mourningOn(ctx.lang, ctx.text, span.start)
          ? 'future'
          : weekdayTense(ctx, span.start, span.end);
      const modifier = modifierOf(groups.mod);
      // The last day of a measure still in force ("De nationale rouw duurt nog tot en met
      // zaterdag") may lie on either side too; "The curfew lasted until Tuesday" ended.
      const eitherSide =
        startsDeclaredPeriod(ctx.lang, ctx.text, span.start) ||
        namesAnnouncedPlan(ctx.lang, ctx.text, span.end) ||
        (tense !== 'past' && endsMeasure(ctx.lang, ctx.text, span.start));
      const resolved =
        modifier === 'none' && tense !== 'future' && eitherSide
          ? nearestWeekday(target, ctx.dct)
          : resolveWeekday(target, ctx.dct, tense, modifier);
      // German calls yesterday "gestern" or "am Mittwoch": "am vergangenen Mittwoch" written on
      // a Thursday is the Wednesday of the week before.
      const day =
        ctx.lang === 'de' && modifier === 'last' && diffDays(ctx.dct, resolved) === 1
          ? addDays(resolved, -7)
          : resolved;
      const part = lookup(ctx.lex.parts, groups.glued ?? groups.part);
      // "it rose … to 290 on the Monday and 359 by the Wednesday": a weekday with "the" is one of the
      // days the story runs through, counted from the day it is at (anaphora.ts), not from publication.
      if (ctx.lang === 'en' && modifier === 'none' && !part && STORY_THE.test(ctx.text.slice(0, span.start)))
        return Object.assign(dayValue(day), { relative: true, storyWeekday: target });
      // "State television reported on Saturday night …" in a report stamped Saturday 08:02: the
      // night named by the report's own day, told as past before that day's noon, is the one that
      // ran into it (a translation of "in der Nacht zum Samstag").
      if (part === 'NI' && ctx.morning === true && tense === 'past' && diffDays(day, ctx.dct) === 0)
        return Object.assign(nightValue(addDays(day, -1)), { relative: true });
      return Object.assign(part ? partOfDayValue(day, part) : dayValue(day), { relative: true });
    },
  };
}

function nightRule(lang: Lang): Rule {
  const wd = alternation(Object.keys(LEXICONS[lang].weekdays));
  return {
    name: 'night-from-to',
    re: pattern(`${B}${NIGHT[lang].replaceAll('WD', wd)}${E}`),
    anchors: [[lang === 'en' ? 'night' : 'nacht']],
    resolve(m, ctx: RuleContext, span) {
      const groups = m.groups ?? {};
      const tense = ctx.tense(span.start, span.end);
      const second = lookup(ctx.lex.weekdays, groups.wd2);
      if (second === undefined) return null;
      const first = lookup(ctx.lex.weekdays, groups.wd);
      // The night runs into the second day; when only that day is named it fixes the first.
      let start =
        first === undefined
          ? addDays(resolveWeekday(second, ctx.dct, tense), -1)
          : resolveWeekday(first, ctx.dct, tense);
      const end = resolveWeekday(second, addDays(start, 6), 'past');
      if (diffDays(end, start) !== 1) start = addDays(end, -1);
      return Object.assign(nightValue(start), { relative: true });
    },
  };
}

const cache = new Map<Lang, Rule[]>();

export function weekdayRules(lang: Lang): Rule[] {
  let rules = cache.get(lang);
  if (!rules) {
    rules = [nightRule(lang), weekdayRule(lang)];
    cache.set(lang, rules);
  }
  return rules;
}
