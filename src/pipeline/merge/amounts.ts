/**
 * Sums of money a report gives are the size of one measure, not a tally revised as news comes in:
 * a lifeline of up to 50 billion francs and liquidity of up to 100 billion francs are two measures.
 */
import { defaultLexicon, type EventLexicon } from '../candidates/lexicon.ts';
import { perObject } from '../per-object.ts';

const amountNouns = perObject(
  (lexicon: EventLexicon) => new Set(lexicon.counts.filter((c) => c.amount === true).map((c) => c.noun)),
);

/** Whether figures counting `noun` are sums of money (lexicon counts[].amount). */
export function isAmount(noun: string, lexicon: EventLexicon = defaultLexicon): boolean {
  return amountNouns(lexicon).has(noun);
}
