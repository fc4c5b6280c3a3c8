/**
 * "Het hooggerechtshof had dinsdag een arrestatiebevel tegen hem uitgevaardigd", "a warrant against
 * him", "einen Haftbefehl gegen ihn": the pronoun after "against" names whom a measure is aimed
 * at, the person the sentences before named.
 */
import type { Token } from './tokenize.ts';

const AGAINST = new Set(['tegen', 'against', 'gegen']);
const MASCULINE = new Set(['hem', 'him', 'ihn']);
/** "haar", "her" are possessives too ("tegen haar beleid"): only before a verb or the clause's end. */
const FEMININE = new Set(['haar', 'her']);
/** A Dutch or German participle ("uitgevaardigd", "erlassen") or an English preposition after "her". */
const AFTER_FEMININE = /^(?:\p{L}*ge\p{L}+[dt]|\p{L}+en|on|in|by|for|at|over|after|last|this)$/u;

/** The object pronoun after "against" in the sentence, if there is one. */
export function aimPronoun(tokens: readonly Token[]): Token | undefined {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!AGAINST.has((tokens[i - 1] as Token).word)) continue;
    if (MASCULINE.has(token.word)) return token;
    if (!FEMININE.has(token.word)) continue;
    const next = tokens[i + 1];
    const adjacent = next !== undefined && next.start === token.end + 1;
    // Punctuation right after the pronoun leaves the next word not adjacent.
    if (!adjacent || AFTER_FEMININE.test(next.word)) return token;
  }
  return undefined;
}
