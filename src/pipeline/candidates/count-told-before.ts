/**
 * A toll or count of the hurt that tells no count of its own: how the count stands, a part of the
 * toll just told, who the told dead were, the injured named again.
 */
import { injuredNamedAgain } from './injured-named-again.ts';
import { DEATHS_KIND } from './title.ts';
import type { Token } from './tokenize.ts';
import { describesToldDead, partOfToll, tollWithoutCount } from './toll-unknown.ts';

/** The kind of the injured, whom "the injured" names again. */
const INJURY_KIND = 'injury';

export interface CountReading {
  kind: string;
  /** Where the trigger starts in the sentence. */
  start: number;
  tallied: boolean;
  text: string;
  tokens: readonly Token[];
  /** How many figures the sentence has, and how many are the happening's own. */
  figures: number;
  own: number;
  persons: readonly { start: number }[];
  /** The index of the sentence, and of the first that told deaths, if any did. */
  index: number;
  deathsToldAt: number | undefined;
  deathsJustBefore: boolean;
}

export function toldNoCount(r: CountReading): boolean {
  // "Die Zahl der Todesopfer ist weiter unklar": how the count stands, no deaths reported.
  if (r.tallied && tollWithoutCount(r.text, r.figures)) return true;
  if (r.own > 0) return false;
  if (r.kind === DEATHS_KIND) {
    // "Seventeen of them died in the Eaton Fire" right after the toll: a part of it.
    if (r.deathsJustBefore && partOfToll(r.text)) return true;
    // "the dead included "armed bandits"" after the toll: who its dead were, no deaths of their
    // own; a person named after it ("Among the dead were Vijay Rupani") still tells a death.
    return describesToldDead(r.text, r.persons, r.deathsToldAt, r.index);
  }
  // The injured named again ("the injured were taken to …") are no count of their own.
  return r.kind === INJURY_KIND && injuredNamedAgain(r.tokens, r.start);
}
