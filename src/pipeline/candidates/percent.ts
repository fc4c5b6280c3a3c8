/**
 * Percentages as figures: "4.25%", "4,25 Prozent", "58 procent", "26 per cent" are a share of
 * something, "0,25 Prozentpunkte", "25 basis points" a change of one, and the sentence tells of
 * what: an interest rate, shares, turnout, a vote share, inflation.
 */
import type { Token } from './tokenize.ts';

export type PercentUnit = 'percent' | 'percentage points';

export interface PercentReading {
  unit: PercentUnit;
  /** What the value is multiplied by to read in its unit: basis points are hundredths of a point. */
  factor: number;
  /** Where the unit's own word ends, when it stands right after the number ("4,25 Prozent"). */
  end?: number;
}

const POINTS = /^\s?(?:percentage[-\s]points?|procentpunt(?:en)?|prozentpunkte?n?)(?!\p{L})/iu;
const BASIS_POINTS = /^\s?(?:basis[-\s]points?|basispunt(?:en)?|basispunkte?n?)(?!\p{L})/iu;
const PERCENT = /^\s?(?:%|per[-\s]?cent(?!\p{L})|procent(?!\p{L})|prozent(?!\p{L}))/iu;
/** The low end of a span whose high end bears the unit: "von 5,25 bis 5,5 Prozent", "4-5%". */
const LOW_END = /^\s*(?:to|and|tot|en|bis|und|-|–)\s*\d+(?:[.,]\d+)?\s?/iu;

function unitRightAfter(rest: string): PercentReading | null {
  const points = POINTS.exec(rest);
  if (points) return { unit: 'percentage points', factor: 1, end: points[0].length };
  const basis = BASIS_POINTS.exec(rest);
  if (basis) return { unit: 'percentage points', factor: 0.01, end: basis[0].length };
  const percent = PERCENT.exec(rest);
  return percent ? { unit: 'percent', factor: 1, end: percent[0].length } : null;
}

/** The unit of the number ending at `end`, if it is a percentage or a change in points. */
export function percentAfter(text: string, end: number): PercentReading | null {
  const rest = text.slice(end, end + 40);
  const own = unitRightAfter(rest);
  if (own) return { ...own, end: end + (own.end ?? 0) };
  const low = LOW_END.exec(rest);
  const high = low ? unitRightAfter(rest.slice(low[0].length)) : null;
  return high ? { unit: high.unit, factor: high.factor } : null;
}

/** Words that name what a percentage measures, by what it is called in English. */
const MEASURES: [string, RegExp][] = [
  [
    'interest rate',
    /^(?:rates?|rente|\p{L}*rentes?|\p{L}*zins\p{L}*|zins\p{L}*|\p{L}*(?:refinanzierungs|einlagen)satz)$/u,
  ],
  ['shares', /^(?:shares|stock|aandelen|aandeel|koers|aktien?|aktienkurs|papiere)$/u],
  ['turnout', /^(?:turnout|opkomst|wahlbeteiligung|beteiligung)$/u],
  ['vote share', /^(?:votes?|stemmen|stimmen|zweitstimmen|erststimmen)$/u],
  ['inflation', /^(?:inflation|inflatie|teuerung|teuerungsrate|inflationsrate)$/u],
  ['workforce', /^(?:workforce|staff|personeel|belegschaft)$/u],
  ['revenue', /^(?:revenue|revenues|sales|omzet|umsatz)$/u],
  ['profit', /^(?:profits?|earnings|winst|gewinn|gewinne)$/u],
  ['prices', /^(?:prices?|prijzen|prijs|\p{L}*preise?|\p{L}*prijzen)$/u],
  ['wages', /^(?:wages|pay|salaries|lonen|salarissen|löhne|gehälter)$/u],
];

/** English "rate(s)" names an interest rate only after one of these words. */
const RATE_OF = new Set(['interest', 'deposit', 'benchmark', 'policy', 'key', 'lending', 'refinancing']);

function measureOf(tokens: Token[], i: number): string | null {
  const word = (tokens[i] as Token).word;
  // "The share fell more than 70 percent", but "a vote share of 44%".
  if (word === 'share') return tokens[i - 1]?.word === 'vote' ? 'vote share' : 'shares';
  for (const [name, pattern] of MEASURES) {
    if (!pattern.test(word)) continue;
    if (name === 'interest rate' && /^rates?$/.test(word) && !RATE_OF.has(tokens[i - 1]?.word ?? ''))
      return null;
    return name;
  }
  return null;
}

/** "of the vote", "van de stemmen", "der Stimmen", "of its workforce" right after the unit. */
const OF_WHAT = new Set(['of', 'van', 'der', 'des']);
const DETERMINERS = new Set([
  'the',
  'its',
  'their',
  'de',
  'het',
  'zijn',
  'haar',
  'hun',
  'der',
  'ihrer',
  'seiner',
]);

/** The unit's own words, passed over to what it is "of": "per cent of", "Prozentpunkte der". */
const UNIT_WORD =
  /^(?:per|cent|percent|procent|prozent|percentage|points?|procentpunt\p{L}*|prozentpunkt\p{L}*|basis)$/u;

/**
 * What a percentage measures: the thing it is "of" ("19% of the vote"), else the nearest such word
 * before it in the sentence ("Intel's shares fell 26%", "De opkomst lag rond de 78 procent"); none
 * where the sentence names none.
 */
export function percentMeasure(tokens: Token[], start: number, end: number): string | null {
  let after = tokens.findIndex((t) => t.start >= end);
  if (after >= 0) {
    while (UNIT_WORD.test(tokens[after]?.word ?? '')) after++;
    if (OF_WHAT.has(tokens[after]?.word ?? '')) {
      let i = after + 1;
      if (DETERMINERS.has(tokens[i]?.word ?? '')) i++;
      if (i < tokens.length) {
        const named = measureOf(tokens, i);
        if (named) return named;
      }
    }
  }
  for (let i = tokens.length - 1; i >= 0; i--) {
    if ((tokens[i] as Token).end > start) continue;
    const named = measureOf(tokens, i);
    if (named) return named;
  }
  return null;
}
