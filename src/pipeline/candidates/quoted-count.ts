/**
 * 'Authorities said 26 "armed criminals" had been killed': a noun a report quotes right after a
 * count is what the count counts, a word of the speaker's that no list of count nouns knows. It
 * names people, as the report takes it over from those who said how many of them there were.
 */
import type { Token } from './tokenize.ts';

/** Words a quoted noun phrase may run to. */
const REACH = 4;

const OPENING = /^\s+["“„‚‘«»]$/u;
const CLOSING = /^["”“‘’«»]/u;

/** Whether the count ending at `end` is followed by a quoted phrase of a few words, from token `at`. */
export function quotedCount(text: string, tokens: readonly Token[], end: number, at: number): boolean {
  const first = tokens[at];
  if (!first || !OPENING.test(text.slice(end, first.start))) return false;
  for (let i = at; i < Math.min(tokens.length, at + REACH); i++) {
    const token = tokens[i] as Token;
    if (!token.letters) return false;
    if (CLOSING.test(text.slice(token.end, token.end + 1))) return true;
    const next = tokens[i + 1];
    if (next && !/^\s+$/u.test(text.slice(token.end, next.start))) return false;
  }
  return false;
}
