/**
 * Comparison periods of financial reports. A company reporting its third quarter compares it with
 * "a year ago", "the year-earlier quarter", "the 1988 period", "last year's quarter": each means the
 * same quarter one year before (or of the year written), not the whole previous year. The rule reads
 * these expressions as years; anchorComparisons then turns them into that quarter when the text named
 * a quarter before them. Without a quarter to compare with they stay years. Half-years are here too.
 */
import type { Lang } from './lexicon.ts';
import { B, E } from './word-pattern.ts';
import { DIGIT, pattern, type Candidate, type Rule } from './rule.ts';
import { quarterValue, yearValue } from './value.ts';

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const ORD = (name: string) => `(?<${name}>first|second|third|fourth)[\\s-]+`;
const PERIOD = '(?:quarter|period)';

const COMPARISON = [
  // "the year-earlier quarter", "the comparable year-ago period", "the 1988 quarter"
  `(?:the\\s+)?(?:comparable\\s+|corresponding\\s+|same\\s+)?(?:year-(?:earlier|ago)|(?<year>(?:19|20)\\d\\d))\\s+(?:${ORD('ord')})?${PERIOD}`,
  // "last year's quarter", "last year's third quarter"
  `last\\s+year's\\s+(?:${ORD('ord2')})?${PERIOD}`,
  // "the quarter a year ago", "the corresponding period last year"
  `the\\s+(?:(?:comparable|corresponding|same)\\s+)?${PERIOD}\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year|of\\s+last\\s+year)`,
  // "year-earlier profit": the adjective alone is the expression
  `year-(?:earlier|ago)`,
];

const RULE = 'comparison';

function comparisonRule(): Rule {
  return {
    name: RULE,
    re: pattern(`${B}(?<x>${COMPARISON.join('|')})${E}`),
    needs: /quarter|period|year-(?:earlier|ago)/i,
    anchors: [[DIGIT, 'year']],
    resolve(m, ctx) {
      const g = m.groups ?? {};
      const y = g.year ? Number(g.year) : ctx.dct.y - 1;
      const ord = g.ord ?? g.ord2;
      const q = ord ? ORDINAL[ord.toLowerCase()] : undefined;
      // "the 1989 period" names its year; only the quarter comes from the text before.
      const resolved = q ? quarterValue(y, q) : yearValue(y);
      return Object.assign(resolved, { relative: !g.year });
    },
  };
}

export function fiscalRules(lang: Lang): Rule[] {
  return lang === 'en' ? [comparisonRule(), halfYearRule(lang)] : [halfYearRule(lang)];
}

export function fiscalTriggers(lang: Lang): string[] {
  return lang === 'en'
    ? ['year-earlier', 'year-ago', 'half']
    : lang === 'nl'
      ? ['helft', 'jaarhelft']
      : ['hälfte', 'jahreshälfte'];
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const LONGER_PERIOD =
  /\b(?:nine|six|first\s+nine|first\s+six|latest\s+nine|\d+)[\s-]+months?\b|\b(?:first|second)\s+half\b|\b(?:full|fiscal)\s+year\b|\byear\s+ended\b/i;
const A_YEAR = /^(?:a|one)\s+year\s+(?:ago|earlier|before)$/i;

/**
 * Turn comparison years into the quarter they compare with: the last quarter, begun by publication
 * (`dct`, YYYY-MM-DD), that the text named before them ("third-quarter net … from $58 million a
 * year earlier" → the third quarter a year before).
 */
export function anchorComparisons(kept: Candidate[], text: string, dct: string): Candidate[] {
  let quarter: { y: number; q: number; end: number } | undefined;
  return kept.map((c) => {
    const own = QUARTER.exec(c.value);
    if (own && c.rule !== RULE) {
      // A forecast ("the third quarter of 1990") is not what a report compares with last year.
      if (c.interval && c.interval.start > dct) return c;
      quarter = { y: Number(own[1]), q: Number(own[2]), end: c.end };
      return c;
    }
    if (!quarter || !/^\d{4}$/.test(c.value)) return c;
    // Once the report moves on to the nine months or the full year, comparisons are with those.
    if (LONGER_PERIOD.test(text.slice(quarter.end, c.start))) return c;
    const isComparison = c.rule === RULE || (c.rule === 'ago' && A_YEAR.test(text.slice(c.start, c.end)));
    if (!isComparison) return c;
    const y = c.rule === RULE && !c.relative ? Number(c.value) : quarter.y - 1;
    return Object.assign({}, c, quarterValue(y, quarter.q));
  });
}

const HALF_SOURCE: Record<Lang, string> = {
  en: `(?:the\\s+)?(?<ord>first|second|last|latter)\\s+half(?:\\s+of\\s+(?:(?:the|this)\\s+year|(?<rel>last|next)\\s+year|(?:fiscal\\s+)?(?<year>(?:19|20)\\d\\d)))?`,
  nl: `(?:de\\s+)?(?<ord>eerste|tweede|laatste)\\s+(?:helft|jaarhelft)(?:\\s+van\\s+(?:(?:dit|het)\\s+jaar|(?<rel>vorig|volgend)\\s+jaar|(?<year>(?:19|20)\\d\\d)))?`,
  de: `(?:(?:die|der)\\s+)?(?<ord>ersten|erste|zweiten|zweite|letzten|letzte)\\s+(?:Jahreshälfte|Hälfte(?:\\s+(?:des\\s+Jahres|(?<year>(?:19|20)\\d\\d)))?)(?:\\s+(?<year2>(?:19|20)\\d\\d))?`,
};

const HALF_WORDS: Record<Lang, string[]> = {
  en: ['half'],
  nl: ['helft', 'jaarhelft'],
  de: ['hälfte', 'jahreshälfte'],
};

const FIRST_HALF = /^(?:first|eerste|ersten|erste)$/i;

/**
 * Half-years: "the first half of 1989", "the second half", "de tweede helft van het jaar", "die
 * erste Jahreshälfte" (TIMEX3 1989-H1). Without a year, the half of the publication year, or of the
 * year before when a past-tense sentence names the second half early in the year.
 */
function halfYearRule(lang: Lang): Rule {
  return {
    name: 'half-year',
    re: pattern(`${B}(?<x>${HALF_SOURCE[lang]})${E}`),
    anchors: [HALF_WORDS[lang]],
    resolve(m, ctx, span) {
      const g = m.groups ?? {};
      // "the last half of the '80s", "the first half of the match": a half of something else.
      if (/^\s+(?:of|van|des|der)\s/i.test(ctx.text.slice(span.end, span.end + 6))) return null;
      const h = FIRST_HALF.test(g.ord ?? '') ? 1 : 2;
      const written = g.year ?? g.year2;
      let y = written ? Number(written) : ctx.dct.y;
      if (g.rel) y += /^(?:last|vorig)$/i.test(g.rel) ? -1 : 1;
      else if (!written && h === 2 && ctx.dct.m <= 6 && ctx.tense(span.start, span.end) === 'past') y -= 1;
      const first = h === 1 ? 1 : 7;
      return {
        type: 'DATE',
        value: `${y}-H${h}`,
        interval: {
          start: `${y}-${String(first).padStart(2, '0')}-01`,
          end: h === 1 ? `${y}-06-30` : `${y}-12-31`,
        },
        precision: 'month',
        relative: !written,
      };
    },
  };
}
