/**
 * "Alle twaalf jongens en hun voetbalcoach zijn uit de grot gehaald", "all 33 miners are out",
 * "alle zwölf Jungen sind gerettet": a count of all of a group is the whole of it so far, as
 * "inmiddels" makes one, not the count of the day the sentence borrows its time from ("Duikers
 * haalden dinsdag de laatste vier jongens … naar buiten").
 */
import { matchedBeforeNumber } from '../number-words.ts';

/**
 * "all", "alle" and the word after it; not after a preposition, where "all" counts the places or
 * things it happened in ("made arrests in all 27 states", "in alle twaalf provincies").
 */
const ALL =
  /(?<!\p{L})(?<!(?:in|across|from|of|over|at|on|to|uit|van|op|aan|naar|bij|aus|von|auf|an|nach|bei|zu)\s)(?:all|alle)\s+([\p{L}\d]+)/giu;

/** Whether the sentence counts all of a group: "all" right before a number. */
export function allCounted(text: string): boolean {
  return text.includes('ll') && matchedBeforeNumber(ALL, text);
}
