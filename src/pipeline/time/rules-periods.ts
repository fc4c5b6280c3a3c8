/**
 * Periods named relative to the publication day: "since the turn of the year" / "sinds de
 * jaarwisseling" / "seit Jahresbeginn", "the weekend" / "het weekend" / "am Wochenende", and "the
 * year" / "dit jaar" / "in diesem Jahr".
 */
import type { Lang } from './lexicon.ts';
import { B, E } from './word-pattern.ts';
import { pattern, type Rule } from './rule.ts';
import { durationValue, sinceValue, weekendValue, yearEdgeValue, yearValue, type YearEdge } from './value.ts';
import { addDays, weekday } from './calendar.ts';
import { doneFor } from './deadline.ts';

/** A word that every turn of the year below holds. */
const TURN_OF_YEAR_WORDS: Record<Lang, string[]> = {
  en: ['year'],
  nl: ['jaar', 'nieuwjaar', 'oud en nieuw'],
  de: ['jahr', 'neujahr'],
};

const TURN_OF_YEAR: Record<Lang, string> = {
  en: '(?<x>(?<since>since|after|from)\\s+(?:the\\s+)?(?:turn|start|beginning)\\s+of\\s+(?:the|this)\\s+year)',
  nl: '(?<x>(?<since>sinds|na|vanaf)\\s+(?:de\\s+jaarwisseling|de\\s+start\\s+van\\s+het\\s+jaar|het\\s+begin\\s+van\\s+het\\s+jaar|begin\\s+dit\\s+jaar|nieuwjaar|oud\\s+en\\s+nieuw))',
  de: '(?<x>(?<since>seit|nach)\\s+(?:dem\\s+Jahreswechsel|Jahresbeginn|Jahresanfang|dem\\s+Jahresbeginn|Beginn\\s+des\\s+Jahres|Anfang\\s+des\\s+Jahres|Neujahr))',
};

/** "since the turn of the year": from 1 January of the publication year up to publication. */
export function turnOfYearRule(lang: Lang): Rule {
  return {
    name: 'turn-of-year',
    anchors: [TURN_OF_YEAR_WORDS[lang]],
    re: pattern(`${B}${TURN_OF_YEAR[lang]}${E}`),
    resolve(_m, ctx) {
      return Object.assign(sinceValue({ y: ctx.dct.y, m: 1, d: 1 }, ctx.dct), { relative: true });
    },
  };
}

const WEEKEND: Record<Lang, string> = {
  en: '(?<x>(?:the|this|that)\\s+weekend)',
  nl: '(?<x>(?:het|dit)\\s+weekend)',
  de: '(?<x>(?:am|dieses|diesem|das)\\s+Wochenende)',
};

/**
 * "the weekend": the one just past in a past-tense sentence, the coming one in a future-tense one
 * or one something is done for.
 */
export function weekendRule(lang: Lang): Rule {
  return {
    name: 'weekend',
    re: pattern(`${B}${WEEKEND[lang]}${E}`),
    anchors: [[lang === 'de' ? 'wochenende' : 'weekend']],
    resolve(_m, ctx, span) {
      const future = ctx.tense(span.start, span.end) === 'future' || doneFor(ctx.text, span.start);
      const wd = weekday(ctx.dct);
      // Saturday or Sunday of publication is its own weekend; otherwise step to the nearest one.
      const saturday =
        wd === 6 ? ctx.dct : wd === 0 ? addDays(ctx.dct, -1) : addDays(ctx.dct, future ? 6 - wd : -wd - 1);
      return Object.assign(weekendValue(saturday), { relative: true });
    },
  };
}

/** The part of the year "the start/beginning/middle/end of the year" names. */
const YEAR_EDGES: Partial<Record<string, YearEdge>> = {
  start: 'start',
  beginning: 'start',
  middle: 'middle',
  end: 'end',
};

/**
 * "the year" in a news report: the publication year, except a year-long period ending on a date
 * ("net income for the year ended March 31"), which is a duration.
 */
export function theYearRule(lang: Lang): Rule {
  const source =
    lang === 'en'
      ? '(?<x>(?:the\\s+(?<edge>end|beginning|start|middle)\\s+of\\s+)?the\\s+(?:full\\s+|whole\\s+)?year)(?!\\s+(?:before|after|earlier|later|ago|of|in|when)|-)'
      : lang === 'nl'
        ? '(?<x>dit\\s+jaar)'
        : '(?<x>in\\s+diesem\\s+Jahr)';
  return {
    name: 'the-year',
    re: pattern(`${B}${source}${E}`),
    anchors: [[lang === 'en' ? 'year' : lang === 'nl' ? 'jaar' : 'jahr']],
    resolve(m, ctx) {
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 10);
      if (lang === 'en' && /^\s+end(?:ed|ing)\b/i.test(after))
        return Object.assign(durationValue(1, 'year'), { relative: false });
      const edge = YEAR_EDGES[m.groups?.edge?.toLowerCase() ?? ''];
      if (edge) return Object.assign(yearEdgeValue(ctx.dct.y, edge, ctx.dct), { relative: true });
      return Object.assign(yearValue(ctx.dct.y), { relative: true });
    },
  };
}
