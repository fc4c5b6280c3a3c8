/**
 * A place named only as where an organisation, newspaper or agency sits: "the group, based in
 * Oslo", "headquartered in London", "die Menschenrechtsorganisation mit Sitz in Oslo", "de
 * organisatie met hoofdkantoor in Genève", "gevestigd in Den Haag". It says who acts or reports,
 * not where the happening was. The words that say so are the lexicon's `seatWords`; the forms
 * after the place ("Oslo-based", "de in Oslo gevestigde") are place-in-name.ts's.
 */
import { perObject } from '../per-object.ts';
import { alternation } from '../time/word-pattern.ts';
import type { Mention } from '../types.ts';

/** The lexicon's words as one expression ending at the name, an article allowed between. */
const seatBefore = perObject(
  (words: readonly string[]) =>
    new RegExp(`(?<!\\p{L})(?:${alternation(words)})\\s+(?:(?:the|de|het|der|dem|den|die)\\s+)?$`, 'iu'),
);

/** How far before a name its seat words may begin. */
const REACH = 40;

/** Whether the place `m` is named right after one of `words` ("mit Sitz in"). */
export function namesSeat(text: string, m: Mention, words: readonly string[]): boolean {
  if (m.kind !== 'place' || words.length === 0) return false;
  return seatBefore(words).test(text.slice(Math.max(0, m.start - REACH), m.start));
}
