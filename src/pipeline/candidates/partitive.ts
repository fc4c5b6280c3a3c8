/**
 * Figures that are not the count of what the sentence reports: the whole a part is taken from
 * ("five of the six crew members", "vijf van de zes bemanningsleden", "fünf der sechs
 * Besatzungsmitglieder") and those who lived ("All 379 people on board escaped").
 */
import type { NumberSpan } from './numbers.ts';
import type { Token } from './tokenize.ts';

/** Between a part and its whole: "of (the)", "van (de)", "der", "von (den)". */
const PART_OF_WHOLE = /^\s+(?:of(?:\s+the)?|van(?:\s+de)?|der|von(?:\s+den)?)\s+$/i;

/** The number right after `n` when `n` is a part of it ("five of the six"); else undefined. */
export function wholeAfter(text: string, numbers: readonly NumberSpan[], i: number): NumberSpan | undefined {
  const n = numbers[i];
  const next = numbers[i + 1];
  return n && next && PART_OF_WHOLE.test(text.slice(n.end, next.start)) ? next : undefined;
}

export const CLAUSE_END = /[,;:.!?]/;

/** Where the clause of the number ending at `from` ends: its next punctuation, or the sentence's end. */
export function clauseEndAfter(text: string, from: number): number {
  const stop = text.slice(from).search(CLAUSE_END);
  return stop < 0 ? text.length : from + stop;
}

/** Words that open the next clause: "12 were killed and 30 survived". */
const CLAUSE_LINKS = new Set(['and', 'but', 'while', 'en', 'maar', 'terwijl', 'und', 'aber', 'während']);

/**
 * Whether the clause after the number says those counted lived: a word of `verbs` before the next
 * comma, full stop or "and" ("379 people on board the airliner escaped,", "alle 379 Menschen an Bord des
 * Airbus konnten sich retten").
 */
export function countsSurvivors(
  text: string,
  tokens: readonly Token[],
  n: NumberSpan,
  verbs: ReadonlySet<string>,
): boolean {
  if (verbs.size === 0) return false;
  const end = clauseEndAfter(text, n.end);
  for (const t of tokens) {
    if (t.start < n.end) continue;
    if (t.start >= end || CLAUSE_LINKS.has(t.word)) break;
    if (verbs.has(t.word)) return true;
  }
  return false;
}
