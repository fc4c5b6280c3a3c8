/**
 * The shape of a rule of the own rule layer: one precompiled regular expression per language and a
 * resolver. A rule marks the expression's span with the named group `x` (prepositions such as "on"
 * stay outside it, as in TimeML); without `x` the whole match is the span.
 */
import type { Day } from './calendar.ts';
import type { Lang, Lexicon } from './lexicon.ts';
import type { Tense } from './tense.ts';
import type { Shift } from './anaphora.ts';
import type { Resolved } from './value.ts';
import { B, B_ASCII } from './word-pattern.ts';

export interface RuleContext {
  lang: Lang;
  lex: Lexicon;
  dct: Day;
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

/** A letter or digit as B's second half sees one (under the rules' flags). */
const WORD_CHAR = /^[\p{L}\p{N}]$/iu;

/** Per code unit outside ASCII: 0 not yet known, 1 a letter or digit, 2 not. */
const wordUnits = new Uint8Array(0x10000);

/** Whether the code point before `at` is a letter or digit outside ASCII. */
function afterWordChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (!(c >= 128)) return false;
  if (c >= 0xdc00 && c <= 0xdfff) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return WORD_CHAR.test(text.slice(at - 2, at));
  }
  let known = wordUnits[c] as number;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordUnits[c] = known;
  }
  return known === 1;
}

/** Code units of the code point at `at`. */
function widthAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * A rule's regular expression, built when a text first calls for the rule: a run of news articles
 * needs fewer than half of a language's rules, and building one (parsing it) is most of the cost
 * of setting up the rules.
 *
 * A source that opens with B keeps only its ASCII half; runRules tests the other half in code.
 * Compiling \p{L}\p{N} is a third of compiling a rule, and a match B would refuse at a position is
 * refused there the same way: the search goes on from the next character.
 */
export class Pattern {
  #compiled: RegExp | undefined;
  /** The source opened with B: a match after a letter or digit outside ASCII is to be refused. */
  readonly wordStart: boolean;
  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    this.wordStart = source.startsWith(B);
  }
  get regExp(): RegExp {
    this.#compiled ??= new RegExp(
      this.wordStart ? B_ASCII + this.source.slice(B.length) : this.source,
      this.flags,
    );
    return this.#compiled;
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
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (!rule || (wanted && !wanted(i))) continue;
    if (rule.needs && !rule.needs.test(ctx.text)) continue;
    const re = rule.re.regExp;
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      if (rule.re.wordStart && afterWordChar(ctx.text, m.index)) {
        re.lastIndex = m.index + widthAt(ctx.text, m.index);
        continue;
      }
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
])
  DIRECTION[w] = 'next';

export function direction(word: string | undefined): Direction | undefined {
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  // A key has single blanks, so a word found as it is needs no tidying.
  return DIRECTION[lower] ?? DIRECTION[lower.replace(/\s+/g, ' ')];
}

export const DIRECTION_WORDS = Object.keys(DIRECTION);
