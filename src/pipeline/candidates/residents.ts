/**
 * "About 16,000 people lived in the critical zone … and evacuations had begun", "in de zone wonen
 * 16.000 mensen", "16.000 Menschen leben in der Gefahrenzone": a count of those who live somewhere
 * is no count of what befell them (the evacuated, the dead), only of who might be.
 */
import type { NumberSpan } from './numbers.ts';
import type { Token } from './tokenize.ts';
import { CLAUSE_END, clauseEndAfter } from './partitive.ts';

/**
 * Words that end the number's clause before its verb: "and" opens another, and a relative pronoun
 * a clause about the counted ("16,000 people who live there were evacuated").
 */
const CLAUSE_STOPS = new Set([
  'and',
  'but',
  'while',
  'who',
  'that',
  'which',
  'en',
  'maar',
  'terwijl',
  'die',
  'dat',
  'und',
  'aber',
  'während',
  'welche',
]);

/** Written in lower case: a verb, not the noun "ums Leben", "das Wohnen". */
const LOWER = /^\p{Ll}/u;

function verbAt(text: string, t: Token, verbs: ReadonlySet<string>): boolean {
  return verbs.has(t.word) && LOWER.test(text.slice(t.start, t.end));
}

/** Tokens before the number a fronted verb may stand at: "in de zone wonen 16.000 mensen". */
const FRONTED_REACH = 2;

/** Whether the number counts those living somewhere: a verb of `verbs` is its clause's. */
export function countsResidents(
  text: string,
  tokens: readonly Token[],
  n: NumberSpan,
  verbs: ReadonlySet<string>,
): boolean {
  if (verbs.size === 0) return false;
  const end = clauseEndAfter(text, n.end);
  let first = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.end <= n.start) continue;
    if (first < 0) first = i;
    if (t.start < n.end) continue;
    if (t.start >= end || CLAUSE_STOPS.has(t.word)) break;
    if (verbAt(text, t, verbs)) return true;
  }
  // A verb right before the number, with nothing but words between: Dutch and German put it there.
  for (let i = first - 1; i >= Math.max(0, first - FRONTED_REACH); i--) {
    const t = tokens[i] as Token;
    if (CLAUSE_STOPS.has(t.word) || CLAUSE_END.test(text.slice(t.end, n.start))) break;
    if (verbAt(text, t, verbs)) return true;
  }
  return false;
}
