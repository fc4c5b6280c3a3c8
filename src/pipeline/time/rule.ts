/**
 * The shape of a rule of the own rule layer: one precompiled regular expression per language and a
 * resolver. A rule marks the expression's span with the named group `x` (prepositions such as "on"
 * stay outside it, as in TimeML); without `x` the whole match is the span.
 */
import type { Day } from './calendar.ts';
import type { Lang, Lexicon } from './lexicon.ts';
import type { Tense } from './tense.ts';
import type { Shift } from './anaphora-words.ts';
import type { Resolved } from './value.ts';
import { B, B_ASCII, E, E_ASCII } from './word-pattern.ts';

export interface RuleContext {
  lang: Lang;
  lex: Lexicon;
  dct: Day;
  /** The report was stamped before noon of `dct`: a night it names by that day lies behind it. */
  morning?: boolean;
  text: string;
  /** Tense of the sentence around [start, end) as seen from there. */
  tense(start: number, end: number): Tense;
}

/**
 * Resolvers build their result with Object.assign(value, { relative }), not { ...value, relative }:
 * Node builds a spread followed by more keys many times slower, and this runs for every match.
 */
export interface RuleResult extends Resolved {
  /** True when the value was computed from the publication date rather than read off the text. */
  relative: boolean;
  /** Set for days told relative to another day of the story ("the next day"): see anaphora.ts. */
  shift?: Shift;
  /** Set for a time of day written without its day ("at 4:17 a.m."): it takes the story's day, see anaphora.ts. */
  clock?: { hour: number; minute: number };
  /** Set for a weekday told with "the" ("290 on the Monday"): the first such day from the story's, see anaphora.ts. */
  storyWeekday?: number;
}

export interface Rule {
  name: string;
  re: Pattern;
  /** A cheap test a text must pass before `re` runs on it (a word every match contains). */
  needs?: RegExp;
  /**
   * Words every match contains, each at a word start (not after a letter): one of each list, as a
   * prefix, in any case; DIGIT stands for any digit. trigger.ts finds them all in one scan, so a rule
   * whose words are missing is not run at all.
   */
  anchors?: readonly (readonly string[])[];
  resolve(match: RegExpExecArray, ctx: RuleContext, span: { start: number; end: number }): RuleResult | null;
}

export interface Candidate extends RuleResult {
  start: number;
  end: number;
  rule: string;
}

/** A dot that ends an expression belongs to it only after an abbreviation ("Jan.", "p.m."), never after "May". */
const ABBREVIATION =
  /(?:(?<![\p{L}])(?!may\.|mei\.|mai\.|june\.|july\.|juni\.|juli\.)\p{L}{1,4}\.|\.\p{L}\.)$/iu;

/**
 * A letter or digit outside ASCII as B and E see one (under the rules' flags, so also a character
 * whose case folds to one). A text without any needs only their ASCII halves.
 */
const WORD_BEYOND_ASCII = /(?![\0-\x7F])[\p{L}\p{N}]/iu;

/**
 * A rule's regular expressions, built when a text first calls for the rule: a run of news articles
 * needs fewer than half of a language's rules, and building one (parsing it) is most of the cost of
 * setting up the rules. Most sentences of English and Dutch news hold no letter outside ASCII; for
 * them the rule's word boundaries B and E keep only their ASCII halves, which find the same matches
 * there, since \p{L}\p{N} is the same set as [a-zA-Z0-9] within ASCII. Compiling \p{L}\p{N} was a
 * third of compiling a rule.
 */
export class Pattern {
  #full: RegExp | undefined;
  #ascii: RegExp | undefined;
  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}
  /** The expression as written. */
  get regExp(): RegExp {
    this.#full ??= new RegExp(this.source, this.flags);
    return this.#full;
  }
  /** The expression for a text with no letter or digit outside ASCII. */
  get asciiRegExp(): RegExp {
    this.#ascii ??= new RegExp(this.source.replaceAll(B, B_ASCII).replaceAll(E, E_ASCII), this.flags);
    return this.#ascii;
  }
}

/** A rule's pattern: global, unicode, case-insensitive, with match indices. */
export function pattern(source: string, caseSensitive = false): Pattern {
  return new Pattern(source, caseSensitive ? 'gud' : 'giud');
}

/** In a rule's anchors: any digit. */
export const DIGIT = '0-9';

/** Runs the rules (those `wanted`, by index) over the context's text. */
export function runRules(
  rules: readonly Rule[],
  ctx: RuleContext,
  wanted?: (index: number) => boolean,
): Candidate[] {
  const found: Candidate[] = [];
  const ascii = !WORD_BEYOND_ASCII.test(ctx.text);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (!rule || (wanted && !wanted(i))) continue;
    if (rule.needs && !rule.needs.test(ctx.text)) continue;
    const re = ascii ? rule.re.asciiRegExp : rule.re.regExp;
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const indices = m.indices?.groups?.x ?? [m.index, m.index + m[0].length];
      const span = { start: indices[0], end: indices[1] };
      if (ctx.text[span.end - 1] === '.' && !ABBREVIATION.test(ctx.text.slice(span.start, span.end)))
        span.end--;
      const result = rule.resolve(m, ctx, span);
      // Object.assign, not a spread: see RuleResult.
      if (result) found.push(Object.assign({}, result, span, { rule: rule.name }));
    }
  }
  return found;
}

/** Direction words shared by weekday and unit rules. */
export type Direction = 'last' | 'this' | 'next';

const DIRECTION: Record<string, Direction> = {};
for (const w of [
  'last',
  'past',
  'previous',
  'this past',
  'the past',
  'the last',
  'the previous',
  'afgelopen',
  'vorige',
  'vorig',
  'jongstleden',
  'vergangenen',
  'vergangene',
  'vergangener',
  'vergangenes',
  'letzten',
  'letzte',
  'letzter',
  'letztes',
  'vorigen',
  'voriges',
  'voriger',
])
  DIRECTION[w] = 'last';
for (const w of [
  'this',
  'current',
  'the current',
  'deze',
  'dit',
  'huidige',
  'diesen',
  'dieser',
  'diese',
  'dieses',
  'laufenden',
  'laufende',
])
  DIRECTION[w] = 'this';
for (const w of [
  'next',
  'coming',
  'this coming',
  'the coming',
  'the next',
  'following',
  'the following',
  'komende',
  'komend',
  'volgende',
  'volgend',
  'aanstaande',
  'nächsten',
  'nächste',
  'nächster',
  'nächstes',
  'kommenden',
  'kommende',
  'kommendes',
  'kommender',
])
  DIRECTION[w] = 'next';

export function direction(word: string | undefined): Direction | undefined {
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  // A key has single blanks, so a word found as it is needs no tidying.
  return DIRECTION[lower] ?? DIRECTION[lower.replace(/\s+/g, ' ')];
}

export const DIRECTION_WORDS = Object.keys(DIRECTION);
