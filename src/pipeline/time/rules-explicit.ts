/**
 * Expressions that name their date: "8 January 2022", "January 8", "8 januari", "8. Januar 2022",
 * "January 2022", "last November", "2021", "the 1990s", "the third quarter", "this summer",
 * "2022-01-08", "8.1.2022", and clock times ("3 p.m.", "14.00 uur", "um 14 Uhr"). Years and
 * decades in words are in rules-spelled.ts, quarters and seasons in rules-year-parts.ts, clock times
 * in rules-clock.ts.
 */
import { isAttributiveMonth } from './attributive-month.ts';
import { isValidDay } from './calendar.ts';
import { isDayLabel } from './day-label.ts';
import { labelYear } from './label-year.ts';
import { LEXICONS, type Lang } from './lexicon.ts';
import { alternation, B, E, lookup } from './word-pattern.ts';
import { DIGIT, direction, pattern, type Rule, type RuleContext, type RuleResult } from './rule.ts';
import { clockRule, clockWords } from './rules-clock.ts';
import { spelledDecadeRule, spelledTriggers, spelledYearRule } from './rules-spelled.ts';
import { quarterRule, seasonRule, seasonWords } from './rules-year-parts.ts';
import { dayValue, decadeValue, monthEdgeValue, monthValue, yearValue, type YearEdge } from './value.ts';
import { writtenYear, YEAR } from './written-year.ts';

/**
 * The year of a month (or day) written without one: the publication year, unless the tense of the
 * sentence and a distance of more than two months say otherwise ("in December" in a past-tense
 * sentence of a January article is last December; "in mid-November" in October stays this year).
 */
function yearForMonth(
  m: number,
  ctx: RuleContext,
  span: { start: number; end: number },
  dir?: string,
): number {
  const d = direction(dir);
  if (d === 'last') return m < ctx.dct.m ? ctx.dct.y : ctx.dct.y - 1;
  if (d === 'next') return m > ctx.dct.m ? ctx.dct.y : ctx.dct.y + 1;
  if (d === 'this') return ctx.dct.y;
  if (Math.abs(m - ctx.dct.m) <= 2) return ctx.dct.y;
  // A timeline's entries are told in the historical present, whose tense says nothing of the year:
  // the label of a later month than publication's names last year's, unless a plan follows it.
  if (isDayLabel(ctx.text, span.start, span.end)) {
    const ahead = ctx.tense(span.start, span.end) === 'future';
    return m > ctx.dct.m && !ahead ? ctx.dct.y - 1 : ctx.dct.y;
  }
  const tense = ctx.tense(span.start, span.end);
  if (tense === 'past' && m > ctx.dct.m) return ctx.dct.y - 1;
  if (tense === 'future' && m < ctx.dct.m) return ctx.dct.y + 1;
  if (
    tense !== 'future' &&
    m > ctx.dct.m &&
    OF_MONTH.test(ctx.text.slice(Math.max(0, span.start - 6), span.start))
  )
    return ctx.dct.y - 1;
  return ctx.dct.y;
}

/**
 * A month a happening is named by ("de aanslagen van november", "die Anschläge vom November", "the
 * attacks of November") is one the reader knows of, so one gone by, even where the sentence around
 * it is in the present ("Hij wordt verdacht van betrokkenheid bij de aanslagen van november").
 */
const OF_MONTH = /(?:^|[^\p{L}])(?:van|vom|of)\s+$/iu;

function explicitDay(y: number, m: number, d: number): RuleResult | null {
  return isValidDay({ y, m, d }) ? Object.assign(dayValue({ y, m, d }), { relative: false }) : null;
}

/**
 * "Luigi Of May", a translation's garble of Di Maio: a capitalised preposition right after a
 * capitalised word, mid-sentence, is part of a name, and "May" after it the name's end.
 */
const NAME_PARTICLE = /\p{Lu}\p{Ll}+\s+(?:Of|From|To|In)\s+$/u;

/** "May" and "March" are English verbs too: alone, they must follow a preposition or modifier. */
const VERB_MONTHS = /^(may|march)$/i;

function dayMonthRules(lang: Lang): Rule[] {
  const lex = LEXICONS[lang];
  const mon = `(?<mon>${alternation(Object.keys(lex.months))})\\.?`;
  const wd = `(?:(?<wd>${alternation(Object.keys(lex.weekdays))}),?\\s+)?`;
  const ord = '(?:st|nd|rd|th)?';
  const dayFirst =
    lang === 'en'
      ? `${wd}(?:the\\s+)?(?<day>\\d{1,2})${ord}\\s+(?:of\\s+)?${mon}(?:,?\\s+${YEAR})?`
      : lang === 'nl'
        ? `${wd}(?<day>\\d{1,2})(?:e|ste|de)?\\s+${mon}(?:\\s+${YEAR})?`
        : `${wd}(?:de[nm]\\s+)?(?<day>\\d{1,2})\\.\\s*${mon}(?:\\s+${YEAR})?`;
  const monthFirst = `${wd}${mon}\\s+(?<day>\\d{1,2})${ord}(?:,?\\s+${YEAR})?`;
  const resolve: Rule['resolve'] = (m, ctx, span) => {
    const g = m.groups ?? {};
    const month = lookup(ctx.lex.months, g.mon);
    const d = Number(g.day);
    if (month === undefined) return null;
    if (lang === 'en' && /^may$/i.test(g.mon ?? '') && g.mon !== 'May') return null;
    const y = writtenYear(g.year) ?? labelYear(month, d, ctx, span) ?? yearForMonth(month, ctx, span);
    return explicitDay(y, month, d);
  };
  const anchors = [[DIGIT], Object.keys(lex.months)];
  const rules: Rule[] = [{ name: 'day-month', re: pattern(`${B}(?<x>${dayFirst})${E}`), anchors, resolve }];
  if (lang === 'en') {
    const re = pattern(`${B}(?<x>${monthFirst})(?![\\p{L}\\p{N}]|:\\d)`);
    rules.push({ name: 'month-day', re, anchors, resolve });
  }
  return rules;
}

/** The edges below as words: "midJanuary" holds no month at a word start. */
const EDGE_WORDS: Record<Lang, string[]> = {
  en: ['early', 'late', 'mid', 'the end of', 'the beginning of', 'the start of', 'the middle of'],
  nl: ['begin', 'eind', 'half', 'medio', 'midden'],
  de: ['anfang', 'ende', 'mitte'],
};

/** The part of the month each edge word names. */
const MONTH_EDGES: Partial<Record<string, YearEdge>> = {
  early: 'start',
  'the beginning of': 'start',
  'the start of': 'start',
  begin: 'start',
  anfang: 'start',
  mid: 'middle',
  'mid-': 'middle',
  'the middle of': 'middle',
  half: 'middle',
  medio: 'middle',
  midden: 'middle',
  mitte: 'middle',
  late: 'end',
  'the end of': 'end',
  eind: 'end',
  ende: 'end',
};

const EDGES: Record<Lang, string> = {
  en: '(?:early|late|mid-?|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)',
  nl: '(?:begin|eind|half|medio|midden)',
  de: '(?:Anfang|Ende|Mitte)',
};

/** "June last year", "April of last year", "januari (van) vorig jaar", "Juni letzten Jahres". */
const RELATIVE_YEAR: Record<Lang, string> = {
  en: '(?:last|this|next)\\s+year',
  nl: '(?:vorig|dit|volgend)\\s+jaar',
  de: '(?:letzten|vergangenen|diesen|nächsten)\\s+Jahres',
};

const MONTH_DIRS: Record<Lang, string> = {
  en: 'last|this|next|past',
  nl: 'afgelopen|vorige|deze|komende|volgende',
  de: 'letzten|vergangenen|diesen|nächsten|kommenden',
};

function monthRule(lang: Lang): Rule {
  const lex = LEXICONS[lang];
  const source = `${B}(?<x>(?:(?<edge>${EDGES[lang]})\\s*)?(?:(?<dir>${MONTH_DIRS[lang]})\\s+)?(?<mon>${alternation(Object.keys(lex.months))})\\.?(?:,?\\s+(?:of\\s+)?${YEAR}|\\s+(?:(?:of|van)\\s+)?(?<rel>${RELATIVE_YEAR[lang]}))?)${E}`;
  return {
    name: 'month',
    re: pattern(source),
    anchors: [[...Object.keys(lex.months), ...EDGE_WORDS[lang]]],
    resolve(m, ctx, span) {
      const g = m.groups ?? {};
      const month = lookup(ctx.lex.months, g.mon);
      if (month === undefined) return null;
      const written = g.mon ?? '';
      // Abbreviations alone ("Jan", "dec") are too ambiguous without a year.
      if (!g.year && written.length <= 3 && !/^(mei|mai|may)$/i.test(written)) return null;
      if (!g.year && !g.dir && !g.rel && span.end - span.start === written.length)
        if (isAttributiveMonth(lang, lex, ctx.text, span.start, span.end)) return null;
      if (lang === 'en' && written[0] !== written[0]?.toUpperCase()) return null;
      if (lang === 'en' && VERB_MONTHS.test(written) && !g.year && !g.dir) {
        const before = ctx.text.slice(Math.max(0, span.start - 12), span.start);
        if (!/(?:in|since|until|by|of|early|late|mid|from|through|to|before|after|during)\s+$/i.test(before))
          return null;
        if (NAME_PARTICLE.test(ctx.text.slice(Math.max(0, span.start - 24), span.start))) return null;
      }
      const rel = g.rel ? direction(g.rel.split(/\s+/)[0]) : undefined;
      const y =
        writtenYear(g.year) ??
        (rel
          ? ctx.dct.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0)
          : yearForMonth(month, ctx, span, g.dir));
      const edge = MONTH_EDGES[(g.edge ?? '').toLowerCase().replace(/\s+/g, ' ')];
      const value = edge ? monthEdgeValue(y, month, edge, ctx.dct) : monthValue(y, month);
      return Object.assign(value, { relative: !g.year });
    },
  };
}

/**
 * Words that make the number after them an amount: "mehr als 1800 Erdstöße", "more than 1,800",
 * "ruim 2000". Not "around", "um", "circa": years take those too ("around 1800").
 */
const AMOUNT_BEFORE: Record<Lang, string> = {
  en: 'more than|fewer than|less than|at least|nearly|almost|up to',
  nl: 'meer dan|minder dan|ruim|bijna|minstens|tot wel',
  de: 'mehr als|weniger als|mindestens|knapp|fast|über|bis zu|rund',
};

/**
 * A count rising or falling to a number takes an amount, never a year: "the death toll rose to
 * 1644", "is gestegen naar 1644", and with the Dutch or German participle after the number, "ist
 * auf 1644 gestiegen", "tot 1644 opgelopen" ("seit 2019 gestiegen" keeps its year).
 */
const RISEN_TO: Record<Lang, string> = {
  en: '(?:rose|risen|rising|climbed|jumped|increased|fell|fallen|dropped)\\s+to',
  nl: '(?:gestegen|steeg|stegen|stijgt|opgelopen|liep\\s+op|loopt\\s+op|gedaald|daalde)\\s+(?:naar|tot)',
  de: '(?:gestiegen|stieg|steigt|angestiegen|gesunken|sank|erhöht)\\s+auf',
};

const RISEN_AFTER: Record<Lang, string> = {
  en: '',
  nl: '|(?<=(?<!\\p{L})(?:naar|tot)\\s+\\d{4})\\s+(?:gestegen|opgelopen|gedaald)(?!\\p{L})',
  de: '|(?<=(?<!\\p{L})auf\\s+\\d{4})\\s+(?:gestiegen|angestiegen|gesunken|erhöht)(?!\\p{L})',
};

/**
 * People counted right after the number make it a count, never a year: "Ongeveer 2000 inwoners
 * moesten hun huis verlaten", "2000 residents were evacuated". Only nouns of people: a year does
 * stand before other plurals ("the 2020 elections", "2019 protests").
 */
const PEOPLE_AFTER =
  'people|residents|inhabitants|families|households|soldiers|troops|mensen|inwoners|bewoners|gezinnen|huishoudens|soldaten|Menschen|Einwohner|Bewohner|Anwohner|Familien|Haushalte|Soldaten';

function yearRule(lang: Lang): Rule {
  const prefix =
    lang === 'en'
      ? '(?:(?:fiscal|calendar|the\\s+year|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|early|late)\\s+|mid-)?'
      : lang === 'nl'
        ? '(?:het\\s+jaar\\s+)?'
        : '(?:(?:im\\s+)?Jahr\\s+)?';
  // Not an amount ("$2021", "2,021", "2021 people"), not a clock time in a time zone ("(1700 GMT)")
  // and not part of a number or a range of digits.
  const source = `(?<![\\p{L}\\p{N}$€£,.-])(?<!(?:^|[^\\p{L}])(?:${AMOUNT_BEFORE[lang]}|${RISEN_TO[lang]})\\s+)(?<x>${prefix}${YEAR})(?![\\p{L}\\p{N}%]|[.,/-]\\d${RISEN_AFTER[lang]}|\\s*(?:%|percent|per\\s*cent|procent|Prozent|euro|dollars?|(?:${PEOPLE_AFTER})(?!\\p{L}))|\\s+(?:GMT|UTC|BST|[ECMP][SD]T|CES?T|MES?Z)\\b)`;
  return {
    name: 'year',
    needs: /\d{4}/,
    anchors: [[DIGIT]],
    re: pattern(source),
    resolve(m) {
      return Object.assign(yearValue(Number(m.groups?.year)), { relative: false });
    },
  };
}

function decadeRule(): Rule {
  return {
    name: 'decade',
    needs: /\d0'?s/,
    anchors: [[DIGIT]],
    re: pattern(`${B}(?<x>(?:the\\s+)?(?:(?:early|mid|late)-?\\s*)?(?<dec>(?:1[6-9]|20)\\d0)'?s)${E}`),
    resolve(m) {
      return Object.assign(decadeValue(Number(m.groups?.dec)), { relative: false });
    },
  };
}

function numericRule(lang: Lang): Rule {
  const source =
    lang === 'en'
      ? `(?<![\\p{N}/-])(?<x>(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})|(?<m2>\\d{1,2})/(?<d2>\\d{1,2})/(?<y2>\\d{4}|\\d{2}))(?![\\p{N}/])`
      : `(?<![\\p{N}/.-])(?<x>(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})|(?<d2>\\d{1,2})[.-](?<m2>\\d{1,2})[.-](?<y2>\\d{4}))(?![\\p{N}])`;
  return {
    name: 'numeric-date',
    re: pattern(source),
    anchors: [[DIGIT]],
    resolve(m) {
      const g = m.groups ?? {};
      const y = writtenYear(g.y ?? g.y2);
      if (y === undefined) return null;
      return explicitDay(y, Number(g.m ?? g.m2), Number(g.d ?? g.d2));
    },
  };
}

const cache = new Map<Lang, Rule[]>();

/** Words without which none of these rules can match (besides digits and months, see trigger.ts). */
export function explicitTriggers(lang: Lang): string[] {
  return [...seasonWords(lang), ...spelledTriggers(lang), ...clockWords(lang)];
}

export function explicitRules(lang: Lang): Rule[] {
  let rules = cache.get(lang);
  if (!rules) {
    rules = [
      ...dayMonthRules(lang),
      numericRule(lang),
      quarterRule(lang),
      seasonRule(lang),
      monthRule(lang),
      decadeRule(),
      spelledDecadeRule(lang),
      yearRule(lang),
      ...(lang === 'en' ? [spelledYearRule()] : []),
      clockRule(lang),
    ];
    cache.set(lang, rules);
  }
  return rules;
}
