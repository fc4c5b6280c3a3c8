/**
 * Expressions relative to the publication day ("yesterday", "gisteravond", "heute Morgen" are in
 * rules-day-words.ts): "last year", "vorige week", "letztes Jahr", "earlier this week", "eerder deze week",
 * "Anfang der Woche", "two days ago", "vor drei Tagen"; the turn of the year, the weekend and "the
 * year" are in rules-periods.ts.
 */
import { addDays, addMonths, formatDay, type Day } from './calendar.ts';
import { LEXICONS, type Lang, type Unit } from './lexicon.ts';
import { numberSource, numberValue } from './spelled-numbers.ts';
import { alternation, B, E, lookup } from './word-pattern.ts';
import { direction, pattern, type Direction, type Rule, type RuleResult } from './rule.ts';
import {
  dayValue,
  monthValue,
  pastRefValue,
  quarterValue,
  weekendValue,
  weekValue,
  yearValue,
  type Resolved,
} from './value.ts';
import { dayWordRule, dayWords } from './rules-day-words.ts';
import { nightInARowRule } from './rules-night-in-a-row.ts';
import { theYearRule, turnOfYearRule, weekendRule } from './rules-periods.ts';

type Edge = 'early' | 'late' | 'mid';

const EDGE_WORDS: Record<string, Edge> = {
  earlier: 'early',
  early: 'early',
  'the beginning of': 'early',
  'the start of': 'early',
  'beginning of': 'early',
  'start of': 'early',
  eerder: 'early',
  begin: 'early',
  'aan het begin van': 'early',
  'in het begin van': 'early',
  anfang: 'early',
  'zu beginn': 'early',
  'zu anfang': 'early',
  früher: 'early',
  later: 'late',
  late: 'late',
  'the end of': 'late',
  'end of': 'late',
  eind: 'late',
  einde: 'late',
  'aan het eind van': 'late',
  'aan het einde van': 'late',
  ende: 'late',
  später: 'late',
  'the middle of': 'mid',
  mid: 'mid',
  midden: 'mid',
  mitte: 'mid',
};

const UNIT_WORDS: Record<Lang, string> = {
  en: 'week|month|year|weekend|quarter',
  nl: 'week|maand|jaar|weekend|kwartaal',
  de: 'Woche|Monat|Monats|Jahr|Jahres|Wochenende|Quartal|Quartals',
};

/** "last year", "this week", "earlier this month", "vorige week", "eerder deze week", "letztes Jahr", "Anfang der Woche". */
function unitRule(lang: Lang): Rule {
  const dirs =
    lang === 'en'
      ? 'this\\s+past|this\\s+coming|the\\s+past|the\\s+last|the\\s+previous|the\\s+coming|the\\s+next|the\\s+current|last|past|previous|this|next|coming|current'
      : lang === 'nl'
        ? 'afgelopen|vorige|vorig|deze|dit|huidige|komende|komend|volgende|volgend'
        : 'letzten|letzte|letzter|letztes|vergangenen|vergangene|vergangenes|vorigen|voriges|vorige|diesen|dieser|diese|dieses|laufenden|laufende|nächsten|nächste|nächster|nächstes|kommenden|kommende|kommendes|der|des';
  const edges =
    lang === 'en'
      ? '(?:earlier|later|early|late|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+end\\s+of|the\\s+middle\\s+of|mid)(?:\\s+in)?'
      : lang === 'nl'
        ? 'eerder|later|begin|eind|einde|midden|aan\\s+het\\s+begin\\s+van|aan\\s+het\\s+eind\\s+van|aan\\s+het\\s+einde\\s+van'
        : 'Anfang|Ende|Mitte|früher|später|zu\\s+Beginn';
  const source = `${B}(?<x>(?:(?<edge>${edges})\\s+)?(?<dir>${dirs})\\s+(?<unit>${UNIT_WORDS[lang]}))${E}`;
  return {
    name: 'unit',
    re: pattern(source),
    anchors: [UNIT_WORDS[lang].split('|')],
    resolve(m, ctx, span) {
      const g = m.groups ?? {};
      const edgeWord = g.edge
        ?.toLowerCase()
        .replace(/\s+in$/, '')
        .replace(/\s+/g, ' ');
      const edge = edgeWord ? EDGE_WORDS[edgeWord] : undefined;
      let dir: Direction | undefined = direction(g.dir);
      // German "Anfang der Woche" / "Ende des Jahres" point into the current unit.
      if (!dir && /^(der|des)$/i.test(g.dir ?? '')) dir = edge ? 'this' : undefined;
      if (!dir) return null;
      const unit = lookup(ctx.lex.units, g.unit);
      if (!unit) return null;
      if (isStretch(ctx.lang, g.dir ?? '', unit) && !edge)
        return Object.assign(stretchValue(unit, ctx.dct), { relative: true });
      const tense = ctx.tense(span.start, span.end);
      const resolved = unitValue(unit, dir, ctx.dct, edge, tense === 'future');
      return resolved ? Object.assign(resolved, { relative: true }) : null;
    },
  };
}

/**
 * "the past week" and Dutch "de afgelopen week" mean the days up to publication, not the previous
 * calendar week ("last week", "vorige week", "vergangene Woche").
 */
function isStretch(lang: Lang, dir: string, unit: Unit): boolean {
  const word = dir.toLowerCase().replace(/\s+/g, ' ');
  if (lang === 'en') return word === 'the past' || word === 'past' || word === 'the last';
  return lang === 'nl' && word === 'afgelopen' && (unit === 'week' || unit === 'month');
}

function stretchValue(unit: Unit, dct: Day): Resolved {
  const from =
    unit === 'week' || unit === 'weekend'
      ? addDays(dct, -6)
      : unit === 'month'
        ? addMonths(dct, -1)
        : unit === 'quarter'
          ? addMonths(dct, -3)
          : { y: dct.y - 1, m: dct.m, d: dct.d };
  const code =
    unit === 'week' || unit === 'weekend'
      ? 'P1W'
      : unit === 'month'
        ? 'P1M'
        : unit === 'quarter'
          ? 'P3M'
          : 'P1Y';
  return {
    type: 'DURATION',
    value: code,
    interval: { start: formatDay(from), end: formatDay(dct) },
    precision: unit === 'week' || unit === 'weekend' ? 'week' : unit === 'year' ? 'year' : 'month',
  };
}

function unitValue(
  unit: Unit,
  dir: Direction,
  dct: Day,
  edge: Edge | undefined,
  future: boolean,
): Resolved | null {
  const step = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
  // "(earlier) this week" in a past-tense sentence runs from the Monday to publication; "later this week" runs past it.
  const clip = dir === 'this' && edge !== 'late' && !future ? dct : undefined;
  switch (unit) {
    case 'week':
      return weekValue(addDays(dct, 7 * step), clip);
    case 'weekend':
      return weekendValue(addDays(dct, 7 * step));
    case 'month': {
      const day = addMonths({ y: dct.y, m: dct.m, d: 1 }, step);
      return monthValue(day.y, day.m, clip);
    }
    case 'quarter': {
      const index = dct.y * 4 + Math.floor((dct.m - 1) / 3) + step;
      return quarterValue(Math.floor(index / 4), (index % 4) + 1);
    }
    case 'year':
      return yearValue(dct.y + step, clip);
    default:
      return null;
  }
}

const AGO: Record<Lang, string> = {
  en: '(?<x>(?:(?:nearly|less\\s+than)\\s+)?(?<num>NUM|\\d+)[\\s-]+(?<unit>UNIT)\\s+(?:ago|earlier(?!\\s+than)|before))',
  nl: '(?<x>(?<num>NUM|\\d+)\\s+(?<unit>UNIT)\\s+geleden)',
  de: '(?<x>vor\\s+(?<num>NUM|\\d+)\\s+(?<unit>UNIT))',
};

/** Counted back from publication, not from another happening ("a week earlier", "a week before"). */
const AGO_WORD = /\bago$|\bgeleden$|^vor\b/i;

/** "two days ago", "drie weken geleden", "vor einem Jahr": a point at the unit's precision. */
function agoRule(lang: Lang): Rule {
  const lex = LEXICONS[lang];
  const source = `${B}${AGO[lang].replace('NUM', numberSource(lang)).replace('UNIT', alternation(Object.keys(lex.units)))}${E}`;
  return {
    name: 'ago',
    needs: /ago|earlier|before|geleden|vor\s/i,
    anchors: [Object.keys(lex.units)],
    re: pattern(source),
    resolve(m, ctx) {
      const g = m.groups ?? {};
      if (ctx.lex.vague.includes((g.num ?? '').toLowerCase().replace(/\s+/g, ' ')))
        return Object.assign(pastRefValue(), { relative: false });
      const count = /^\d+$/.test(g.num ?? '') ? Number(g.num) : numberValue(ctx.lang, g.num);
      const unit = lookup(ctx.lex.units, g.unit);
      if (count === undefined || !unit || !Number.isInteger(count)) return null;
      // "a week earlier" counts back from the story's day (anaphora.ts), as "a day earlier" does.
      if (unit === 'week' && count === 1 && /earlier$/i.test(m[0])) return null;
      const dct = ctx.dct;
      let resolved: Resolved | null = null;
      if (unit === 'day') resolved = dayValue(addDays(dct, -count));
      // News names a day by "a week ago", "een week geleden", "vor einer Woche": that weekday of
      // the week before. Weeks more ago are only roughly counted.
      else if (unit === 'week')
        resolved =
          count === 1 && AGO_WORD.test(m[0])
            ? dayValue(addDays(dct, -7))
            : weekValue(addDays(dct, -7 * count));
      else if (unit === 'month') {
        const day = addMonths(dct, -count);
        resolved = monthValue(day.y, day.m);
      } else if (unit === 'year') resolved = yearValue(dct.y - count);
      return resolved ? Object.assign(resolved, { relative: true }) : null;
    },
  };
}

const cache = new Map<Lang, Rule[]>();

/** Words without which none of these rules can match (besides units, see trigger.ts). */
export function relativeTriggers(lang: Lang): string[] {
  return [...dayWords(lang), 'nieuwjaar', 'oud en nieuw', 'neujahr', 'jaarwisseling', 'jahreswechsel'];
}

export function relativeRules(lang: Lang): Rule[] {
  let rules = cache.get(lang);
  if (!rules) {
    rules = [
      turnOfYearRule(lang),
      agoRule(lang),
      unitRule(lang),
      dayWordRule(lang),
      nightInARowRule(lang),
      weekendRule(lang),
      theYearRule(lang),
    ];
    cache.set(lang, rules);
  }
  return rules;
}

export type { RuleResult };
