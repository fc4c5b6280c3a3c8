import { perObject } from '../per-object.ts';
import { defaultLexicon, type EventLexicon } from './lexicon.ts';

const amountNouns = perObject(
  (lexicon: EventLexicon) => new Set(lexicon.counts.filter((c) => c.amount === true).map((c) => c.noun)),
);

/**
 * Whether a figure's measure is a sum (the lexicon's counts marked `amount`, money): one sentence
 * may give several for different things, so two of its values are no two accounts of one.
 */
export function isAmount(measure: string, lexicon: EventLexicon = defaultLexicon): boolean {
  return amountNouns(lexicon).has(measure);
}
