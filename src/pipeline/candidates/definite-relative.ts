/**
 * "The second black box from the Germanwings plane that crashed in the French Alps", "het
 * toestel dat neerstortte", "die Maschine, die abstürzte": a happening told in a relative clause on
 * a noun with a definite article names what that thing is known by, the happening told again.
 */
import type { Token } from './tokenize.ts';

const RELATIVE = new Set([
  'that',
  'which',
  'who',
  'dat',
  'die',
  'der',
  'das',
  'welche',
  'welcher',
  'welches',
]);
const DEFINITE = new Set(['the', 'de', 'het', 'der', 'die', 'das', 'den', 'dem', 'des']);

/** How many words the noun phrase may hold between its article and the relative pronoun. */
const NOUN_PHRASE = 3;

/** Whether the trigger at `start` is the verb right after a relative pronoun on a definite noun phrase. */
export function onDefiniteNoun(tokens: readonly Token[], start: number): boolean {
  const at = tokens.findIndex((t) => t.start === start);
  if (at < 3 || !RELATIVE.has((tokens[at - 1] as Token).word)) return false;
  for (let i = at - 2; i >= Math.max(0, at - 2 - NOUN_PHRASE); i--)
    if (DEFINITE.has((tokens[i] as Token).word)) return i < at - 2;
  return false;
}
