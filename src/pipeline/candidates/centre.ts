/**
 * A place a happening is told to lie at: right after a word of the lexicon's `centreWords`
 * ("struck near Elbistan", "bij Elbistan", "nahe Antakya"), also with an article and a settlement
 * noun between ("near the city of Gaziantep", "in de buurt van de stad Antakya", "nahe der Stadt
 * Hatay"). Reports that name a place so say where the happening was; others may name a place only
 * in passing.
 */
import { perObject } from '../per-object.ts';
import { alternation } from '../time/word-pattern.ts';
import type { Mention } from '../types.ts';

/** The lexicon's words as one expression ending at the name: tested on the few characters before it. */
const centreBefore = perObject(
  (words: readonly string[]) =>
    new RegExp(
      `(?:^|[^\\p{L}])(?:${alternation(words)})\\s+(?:(?:the|de|het|der|dem|den|die)\\s+)?` +
        '(?:(?:city|town|village|stad|stadje|dorp|dorpje|stadt|ortschaft|dorf|gemeinde)\\s+(?:of\\s+)?)?$',
      'iu',
    ),
);

/** How far before a name its centre word and what stands between may begin. */
const REACH = 40;

/** Whether the sentence puts its happening right at `place` ("near the city of Gaziantep"). */
export function centredAt(text: string, place: Mention, words: readonly string[]): boolean {
  return (
    words.length > 0 && centreBefore(words).test(text.slice(Math.max(0, place.start - REACH), place.start))
  );
}
