/**
 * A month's name used as a modifier names which of several things is meant, not when the sentence's
 * news happened: "agreed on the February election date" was agreed in November, and "die
 * Februar-Wahl" or "de februari-verkiezingen" are still to come. Such a month is no time expression.
 */
import type { Lexicon, Lang } from './lexicon.ts';
import { lookup } from './word-pattern.ts';

/** "the February election": an article right before, a lower-case word right after. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an)\s+$/iu;
const NOUN_AFTER = /^\s+\p{Ll}/u;
/** "Februar-Wahl", "februari-verkiezingen"; "januari-februari" is a span of months. */
const HYPHENED = /^-(\p{L}+)/u;

/** True when the bare month name at [start, end) of text modifies a noun rather than dating news. */
export function isAttributiveMonth(
  lang: Lang,
  lex: Lexicon,
  text: string,
  start: number,
  end: number,
): boolean {
  const after = text.slice(end, end + 24);
  if (lang === 'en')
    return ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 5), start)) && NOUN_AFTER.test(after);
  const joined = HYPHENED.exec(after)?.[1];
  return joined !== undefined && lookup(lex.months, joined) === undefined;
}
