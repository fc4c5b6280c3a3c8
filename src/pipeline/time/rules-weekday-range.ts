/**
 * A stretch of weekdays: "from Monday to Wednesday", "between Friday and Sunday", "van maandag tot en
 * met woensdag", "tussen vrijdag en zondag", "von Montag bis Mittwoch", "zwischen Freitag und
 * Sonntag", optionally of a named week ("von Freitag bis Sonntag vergangener Woche"). One interval:
 * read as two weekdays, each would be resolved on its own and the stretch lost, or its start put
 * a week away from its end.
 *
 * The news rule fixes the end of a stretch told in the past (the latest such day on or before
 * publication) and the start of one still to come; the other end follows from the weekdays.
 */
import { addDays, formatDay, mondayOf, weekday, type Day } from './calendar.ts';
import { LEXICONS, type Lang } from './lexicon.ts';
import { alternation, B, E, lookup } from './word-pattern.ts';
import { direction, pattern, type Rule, type RuleContext, type RuleResult } from './rule.ts';
import { weekdayTense } from './rules-weekday.ts';
import { resolveWeekday } from './weekday.ts';

/** What opens a stretch, the word between its days, and what closes it. */
interface Shape {
  open: string;
  /** The word between the days after "between"/"tussen"/"zwischen" ("and"), which alone joins two days, not a stretch. */
  and: string;
  to: string;
  part: string;
  week: string;
  anchors: string[];
}

const SHAPES: Record<Lang, Shape> = {
  en: {
    open: 'from|between',
    and: 'and',
    to: 'to|until|till|through|thru',
    part: '(?:\\s+(?:morning|afternoon|evening|night))?',
    week: '(?:of\\s+)?(?<mod>last|this|next)\\s+week',
    // Not "to", which starts too many words ("today", "told") for the one scan of every sentence:
    // news writes "from Monday to Wednesday".
    anchors: ['from', 'between', 'until', 'till', 'through', 'thru'],
  },
  nl: {
    open: 'van|tussen',
    and: 'en',
    to: 'tot\\s+en\\s+met|t/m|tot',
    part: '(?:ochtend|morgen|middag|avond|nacht)?',
    week: '(?:van\\s+)?(?<mod>afgelopen|vorige|deze|komende|volgende)\\s+week',
    anchors: ['tot', 't/m', 'tussen'],
  },
  de: {
    open: 'von|vom|zwischen',
    and: 'und',
    to: 'bis\\s+(?:zum|einschließlich)|bis',
    part: '(?:morgen|vormittag|nachmittag|mittag|abend|nacht)?',
    week: '(?:der\\s+)?(?<mod>vergangenen|vergangener|letzten|letzter|vorigen|voriger|dieser|nächsten|nächster|kommenden|kommender)\\s+Woche',
    anchors: ['bis', 'zwischen'],
  },
};

/** How many weeks from the publication week a modifier points. */
const WEEKS = { last: -1, this: 0, next: 1 } as const;

/** The stretch as an ISO 8601 interval, days inclusive. */
function stretchValue(start: Day, end: Day): RuleResult {
  const from = formatDay(start);
  const to = formatDay(end);
  return {
    type: 'DATE',
    value: `${from}/${to}`,
    interval: { start: from, end: to },
    precision: 'day',
    relative: true,
  };
}

/** The first day of the stretch `first`…`last` (days apart `length`) as the sentence places it. */
function firstDay(
  ctx: RuleContext,
  first: number,
  last: number,
  length: number,
  span: { start: number; end: number },
): Day {
  const tense = weekdayTense(ctx, span.start, span.end);
  if (tense === 'future') return resolveWeekday(first, ctx.dct, 'future');
  // A stretch that holds the publication day is that one ("the talks run from Monday to Wednesday").
  const into = (weekday(ctx.dct) - first + 7) % 7;
  if (tense === 'unknown' && into <= length) return addDays(ctx.dct, -into);
  return addDays(resolveWeekday(last, ctx.dct, 'past'), -length);
}

function rangeRule(lang: Lang): Rule {
  const shape = SHAPES[lang];
  const wd = alternation(Object.keys(LEXICONS[lang].weekdays));
  const article = lang === 'de' ? '(?:(?:dem|den)\\s+)?' : '';
  const source =
    `${B}(?<x>(?:(?<open>${shape.open})\\s+)?${article}(?<wd>${wd})${shape.part}` +
    `\\s+(?:(?<and>${shape.and})|${shape.to})\\s+${article}(?<wd2>${wd})${shape.part}` +
    `(?:\\s+${shape.week})?)${E}`;
  return {
    name: 'weekday-range',
    re: pattern(source),
    anchors: [Object.keys(LEXICONS[lang].weekdays), shape.anchors],
    resolve(m, ctx, span) {
      const groups = m.groups ?? {};
      // "on Monday and Tuesday" names two days; only "between … and …" makes them a stretch.
      if (groups.and !== undefined && !/^(?:between|tussen|zwischen)$/i.test(groups.open ?? '')) return null;
      if (
        groups.and === undefined &&
        MOVED[lang].test(ctx.text.slice(Math.max(0, span.start - 60), span.start))
      )
        return null;
      const first = lookup(ctx.lex.weekdays, groups.wd);
      const last = lookup(ctx.lex.weekdays, groups.wd2);
      if (first === undefined || last === undefined || first === last) return null;
      const length = (last - first + 7) % 7;
      const toward = direction(groups.mod);
      const start =
        toward === undefined
          ? firstDay(ctx, first, last, length, span)
          : addDays(mondayOf(ctx.dct), 7 * WEEKS[toward] + ((first + 6) % 7));
      return stretchValue(start, addDays(start, length));
    },
  };
}

/** A day moved to another ("postponed from Tuesday to Thursday") is no stretch. */
const MOVED: Record<Lang, RegExp> = {
  en: /(?:postpon|delay|mov|push|shift|reschedul|brought|bring|put\s+off|chang)\w*(?:\s+\w+){0,4}\s+$/iu,
  nl: /(?:verplaats|verschoven|verschuif|uitgesteld|verzet)\w*(?:\s+\w+){0,4}\s+$/iu,
  de: /(?:verschob|verschoben|verleg|vorgezogen)\w*(?:\s+\w+){0,4}\s+$/iu,
};

const cache = new Map<Lang, Rule>();

export function weekdayRangeRule(lang: Lang): Rule {
  let rule = cache.get(lang);
  if (!rule) {
    rule = rangeRule(lang);
    cache.set(lang, rule);
  }
  return rule;
}
