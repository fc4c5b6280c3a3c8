/**
 * "72 Deutsche und 51 Spanier", "one counts 72 Germans and 51 Spanish": a demonym that is also an
 * adjective counts people only where it is the noun itself, no noun following it ("deutsche
 * Soldaten" counts troops). German writes its nouns capitalised, so there a lowercase word after it
 * ("72 Deutsche waren an Bord") is no noun; elsewhere only a break or a conjunction tells.
 */
import type { Token } from './tokenize.ts';

const CONJUNCTIONS = new Set(['and', 'or', 'en', 'of', 'und', 'oder', 'sowie']);

const LOWERCASE = /^\p{Ll}/u;

/** Whether a noun follows the word at token `at`, so that it is that noun's adjective. */
export function nounFollows(text: string, tokens: readonly Token[], at: number, lang: string): boolean {
  const word = tokens[at];
  const next = tokens[at + 1];
  if (!word || !next || !/^\s+$/u.test(text.slice(word.end, next.start))) return false;
  if (!next.letters || CONJUNCTIONS.has(next.word)) return false;
  return lang !== 'de' || !LOWERCASE.test(text.slice(next.start, next.end));
}
