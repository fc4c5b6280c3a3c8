/**
 * "At least 270 people have been killed …, the World Health Organization said on Tuesday, up from
 * 185 dead reported by the U.N. envoy Volker Perthes on Monday": the count a new one is compared
 * with is an earlier report of the same tally. Its day dates nothing the sentence reports, its
 * number counts nothing new, and its dead are no happening of their own.
 */
import { inSpan } from '../in-span.ts';
import { isLang, type Lang } from './lexicon.ts';

/** The words that open such a clause, right before its number. */
const COMPARED: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:up|down)\s+from\s+(?:(?:about|around|some|at\s+least|more\s+than)\s+)?\d/iu,
  nl: /(?<![\p{L}])(?:tegenover|vergeleken\s+met)\s+(?:(?:zo'n|ongeveer|zeker|ruim|meer\s+dan)\s+)?\d/iu,
  de: /(?<![\p{L}])(?:gegenüber|nach\s+zuvor|verglichen\s+mit)\s+(?:(?:rund|etwa|mindestens|mehr\s+als)\s+)?\d/iu,
};

/** Where the clause ends: the next comma, semicolon or the sentence's end. */
const CLAUSE_END = /[,;]|[.!?]\s*$/;

/** The sentence asked about last: its time expressions, figures, hits and mentions all ask for its span. */
let last: { text: string; lang: Lang; span: readonly [number, number] | undefined } | undefined;

/** The span [start, end) of the compared count's clause in the sentence, if it has one. */
export function comparedCountSpan(lang: Lang, text: string): readonly [number, number] | undefined {
  if (last?.text === text && last.lang === lang) return last.span;
  const m = COMPARED[lang].exec(text);
  let span: readonly [number, number] | undefined;
  if (m) {
    const after = m.index + m[0].length;
    const rest = text.slice(after).search(CLAUSE_END);
    span = [m.index, rest < 0 ? text.length : after + rest];
  }
  last = { text, lang, span };
  return span;
}

/**
 * The spans outside the compared count's clause: "reported by the U.N. envoy Volker Perthes"
 * names who gave the old count, no one the news befell or who did it.
 */
export function outsideComparedCount<T extends { start: number; end: number }>(
  lang: string,
  text: string,
  spans: T[],
): T[] {
  if (spans.length === 0 || !isLang(lang)) return spans;
  const compared = comparedCountSpan(lang, text);
  return compared ? spans.filter((m) => !inSpan(compared, m)) : spans;
}
