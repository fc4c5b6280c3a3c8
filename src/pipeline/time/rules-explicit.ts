/**
 * Expressions that name their date: "8 January 2022", "January 8", "8 januari", "8. Januar 2022",
 * "January 2022", "last November", "2021", "the 1990s", "the third quarter", "this summer",
 * "2022-01-08", "8.1.2022", and clock times ("3 p.m.", "14.00 uur", "um 14 Uhr"); years and
 * decades in words are in rules-spelled.ts.
 */
import { isValidDay } from './calendar.ts';
import { alternation, B, E, LEXICONS, lookup, type Lang } from './lexicon.ts';
import { DIGIT, direction, pattern, type Rule, type RuleContext, type RuleResult } from './rule.ts';
import { spelledDecadeRule, spelledTriggers, spelledYearRule } from './rules-spelled.ts';
import { dayValue, decadeValue, monthValue, quarterValue, timeValue, yearValue } from './value.ts';

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
  const tense = ctx.tense(span.start, span.end);
  if (tense === 'past' && m > ctx.dct.m) return ctx.dct.y - 1;
  if (tense === 'future' && m < ctx.dct.m) return ctx.dct.y + 1;
  return ctx.dct.y;
}

function explicitDay(y: number, m: number, d: number): RuleResult | null {
  return isValidDay({ y, m, d }) ? Object.assign(dayValue({ y, m, d }), { relative: false }) : null;
}

function year(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const n = Number(text.replace(/^'/, ''));
  return text.length === 2 || text.startsWith("'") ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

const YEAR = '(?<year>(?:1[6-9]|20)\\d\\d)';

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
        : `${wd}(?:den\\s+)?(?<day>\\d{1,2})\\.\\s*${mon}(?:\\s+${YEAR})?`;
  const monthFirst = `${wd}${mon}\\s+(?<day>\\d{1,2})${ord}(?:,?\\s+${YEAR})?`;
  const resolve: Rule['resolve'] = (m, ctx, span) => {
    const g = m.groups ?? {};
    const month = lookup(ctx.lex.months, g.mon);
    const d = Number(g.day);
    if (month === undefined) return null;
    if (lang === 'en' && /^may$/i.test(g.mon ?? '') && g.mon !== 'May') return null;
    const y = year(g.year) ?? yearForMonth(month, ctx, span);
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

const EDGES: Record<Lang, string> = {
  en: '(?:early|late|mid-?|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)',
  nl: '(?:begin|eind|half|medio|midden)',
  de: '(?:Anfang|Ende|Mitte)',
};

/** "June last year", "januari vorig jaar", "Juni letzten Jahres". */
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
  const source = `${B}(?<x>(?:${EDGES[lang]}\\s*)?(?:(?<dir>${MONTH_DIRS[lang]})\\s+)?(?<mon>${alternation(Object.keys(lex.months))})\\.?(?:,?\\s+(?:of\\s+)?${YEAR}|\\s+(?<rel>${RELATIVE_YEAR[lang]}))?)${E}`;
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
      if (lang === 'en' && written[0] !== written[0]?.toUpperCase()) return null;
      if (lang === 'en' && VERB_MONTHS.test(written) && !g.year && !g.dir) {
        const before = ctx.text.slice(Math.max(0, span.start - 12), span.start);
        if (!/(?:in|since|until|by|of|early|late|mid|from|through|to|before|after|during)\s+$/i.test(before))
          return null;
      }
      const rel = g.rel ? direction(g.rel.split(/\s+/)[0]) : undefined;
      const y =
        year(g.year) ??
        (rel
          ? ctx.dct.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0)
          : yearForMonth(month, ctx, span, g.dir));
      return Object.assign(monthValue(y, month), { relative: !g.year });
    },
  };
}

function yearRule(lang: Lang): Rule {
  const prefix =
    lang === 'en'
      ? '(?:(?:fiscal|calendar|the\\s+year|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|early|late)\\s+|mid-)?'
      : lang === 'nl'
        ? '(?:het\\s+jaar\\s+)?'
        : '(?:(?:im\\s+)?Jahr\\s+)?';
  // Not an amount ("$2021", "2,021", "2021 people") and not part of a number or a range of digits.
  const source = `(?<![\\p{L}\\p{N}$€£,.-])(?<x>${prefix}${YEAR})(?![\\p{L}\\p{N}%]|[.,/-]\\d|\\s*(?:%|percent|per\\s*cent|procent|Prozent|euro|dollars?|people|mensen|Menschen))`;
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

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: 4,
  final: 4,
  eerste: 1,
  tweede: 2,
  derde: 3,
  vierde: 4,
  ersten: 1,
  erste: 1,
  zweiten: 2,
  zweite: 2,
  dritten: 3,
  dritte: 3,
  vierten: 4,
  vierte: 4,
};

function quarterRule(lang: Lang): Rule {
  const source =
    lang === 'en'
      ? `${B}(?<x>(?:the\\s+(?!\\S+-quarter))?(?:(?<rel>this|next)\\s+year's\\s+(?=(?:first|second|third|fourth)))?(?:(?<year0>(?:19|20)\\d\\d)\\s+)?(?:(?:fiscal|calendar)\\s+)?(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+|(?<latest>latest|current|same|past|last|most\\s+recent|recent)\\s+|(?<=the\\s+))(?:fiscal\\s+)?quarter(?:\\s+of\\s+(?:fiscal\\s+)?${YEAR})?)${E}`
      : lang === 'nl'
        ? `${B}(?<x>(?:het\\s+)?(?<ord>eerste|tweede|derde|vierde)\\s+kwartaal(?:\\s+(?:van\\s+)?${YEAR})?)${E}`
        : `${B}(?<x>(?:im\\s+)?(?<ord>ersten|erste|zweiten|zweite|dritten|dritte|vierten|vierte)\\s+Quartal(?:\\s+${YEAR})?)${E}`;
  return {
    name: 'quarter',
    needs: /quarter|kwartaal|quartal/i,
    anchors: [[lang === 'en' ? 'quarter' : lang === 'nl' ? 'kwartaal' : 'quartal']],
    re: pattern(source),
    resolve(m, ctx, span) {
      const g = m.groups ?? {};
      const current = Math.floor((ctx.dct.m - 1) / 3) + 1;
      const future = ctx.tense(span.start, span.end) === 'future';
      const written = year(g.year ?? g.year0);
      if (!g.ord) {
        // "the quarter", "the latest quarter": in a past-tense report, the last completed quarter.
        if (written !== undefined || /^(past|last)$/i.test(g.latest ?? '')) return null;
        const index = ctx.dct.y * 4 + current - 1 - (future ? 0 : 1);
        return Object.assign(quarterValue(Math.floor(index / 4), (index % 4) + 1), { relative: true });
      }
      const q = ORDINALS[g.ord.toLowerCase()];
      if (!q) return null;
      if (g.rel)
        return Object.assign(quarterValue(ctx.dct.y + (/^next$/i.test(g.rel) ? 1 : 0), q), {
          relative: true,
        });
      let y = written ?? ctx.dct.y;
      if (written === undefined && q > current && !future) y -= 1;
      return Object.assign(quarterValue(y, q), { relative: written === undefined });
    },
  };
}

const SEASONS: Record<Lang, Record<string, string>> = {
  en: { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' },
  nl: { lente: 'SP', voorjaar: 'SP', zomer: 'SU', herfst: 'FA', najaar: 'FA', winter: 'WI' },
  de: { frühling: 'SP', frühjahr: 'SP', sommer: 'SU', herbst: 'FA', winter: 'WI' },
};

const SEASON_DIRS: Record<Lang, string> = {
  en: 'last|this|next|this\\s+past|the\\s+coming|early|late',
  nl: 'afgelopen|vorige|deze|komende|volgende|vorig|dit|komend|volgend',
  de: 'letzten|vergangenen|diesen|nächsten|kommenden|im',
};

function seasonRule(lang: Lang): Rule {
  const source = `${B}(?<x>(?:(?<dir>${SEASON_DIRS[lang]})\\s+)(?<season>${alternation(Object.keys(SEASONS[lang]))})(?:\\s+(?:of\\s+)?${YEAR})?|(?<season2>${alternation(Object.keys(SEASONS[lang]))})\\s+(?<year2>(?:1[6-9]|20)\\d\\d))${E}`;
  return {
    name: 'season',
    needs: new RegExp(alternation(Object.keys(SEASONS[lang])), 'iu'),
    anchors: [Object.keys(SEASONS[lang])],
    re: pattern(source),
    resolve(m, ctx) {
      const g = m.groups ?? {};
      const code = lookup(SEASONS[lang], g.season ?? g.season2);
      if (!code) return null;
      const dir = direction(g.dir);
      const y = year(g.year ?? g.year2) ?? ctx.dct.y + (dir === 'last' ? -1 : dir === 'next' ? 1 : 0);
      return {
        type: 'DATE',
        value: `${y}-${code}`,
        interval: null,
        precision: 'month',
        relative: !(g.year ?? g.year2),
      };
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
      const y = year(g.y ?? g.y2);
      if (y === undefined) return null;
      return explicitDay(y, Number(g.m ?? g.m2), Number(g.d ?? g.d2));
    },
  };
}

const CLOCK: Record<Lang, string> = {
  en: `(?<x>(?<h>\\d{1,2})(?:[:.](?<min>\\d{2}))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am|pm)(?=[^\\p{L}]|$)|(?<h2>\\d{1,2}):(?<min2>\\d{2})(?![\\p{N}])|(?<noon>noon|midnight))`,
  nl: `(?<x>(?<h>\\d{1,2})(?:[.:](?<min>\\d{2}))?\\s*uur|(?<h2>\\d{1,2}):(?<min2>\\d{2})(?![\\p{N}])|(?<noon>middernacht))${E}`,
  de: `(?<x>(?<h>\\d{1,2})(?:[.:](?<min>\\d{2}))?\\s*Uhr|(?<h2>\\d{1,2}):(?<min2>\\d{2})(?![\\p{N}])|(?<noon>Mitternacht))${E}`,
};

const CLOCK_WORDS: Record<Lang, string[]> = {
  en: ['noon', 'midnight'],
  nl: ['middernacht'],
  de: ['mitternacht'],
};

function clockRule(lang: Lang): Rule {
  return {
    name: 'clock',
    re: pattern(`(?<![\\p{L}\\p{N}:.,])${CLOCK[lang]}`),
    anchors: [[DIGIT, ...CLOCK_WORDS[lang]]],
    resolve(m, ctx) {
      const g = m.groups ?? {};
      let hour: number;
      let minute = 0;
      if (g.noon) hour = /noon/i.test(g.noon) ? 12 : 0;
      else {
        hour = Number(g.h ?? g.h2);
        minute = Number(g.min ?? g.min2 ?? 0);
        const ap = g.ap?.toLowerCase().replace(/\./g, '');
        if (ap === 'pm' && hour < 12) hour += 12;
        if (ap === 'am' && hour === 12) hour = 0;
      }
      if (hour > 23 || minute > 59) return null;
      // Provisional: on the publication day; anchorAnaphora() moves it to the story's day.
      return Object.assign(timeValue(ctx.dct, hour, minute), { relative: true, clock: { hour, minute } });
    },
  };
}

const cache = new Map<Lang, Rule[]>();

/** Words without which none of these rules can match (besides digits and months, see trigger.ts). */
export function explicitTriggers(lang: Lang): string[] {
  const noon = lang === 'en' ? ['noon'] : [];
  return [
    ...Object.keys(SEASONS[lang]),
    ...spelledTriggers(lang),
    ...noon,
    'midnight',
    'middernacht',
    'mitternacht',
  ];
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
