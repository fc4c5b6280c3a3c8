/**
 * "Alle twaalf jongens en hun voetbalcoach zijn uit de grot gehaald", "all 33 miners are out",
 * "alle zwölf Jungen sind gerettet": a count of all of a group is the whole of it so far, as
 * "inmiddels" makes one, not the count of the day the sentence borrows its time from ("Duikers
 * haalden dinsdag de laatste vier jongens … naar buiten").
 */
import { CARDINAL_TENS, CARDINAL_UNITS } from '../number-words.ts';

const NUMBER_WORDS: ReadonlySet<string> = new Set(
  [...Object.values(CARDINAL_UNITS), ...Object.values(CARDINAL_TENS)].flatMap((words) => Object.keys(words)),
);

/**
 * "all", "alle" and the word after it; not after a preposition, where "all" counts the places or
 * things it happened in ("made arrests in all 27 states", "in alle twaalf provincies").
 */
const ALL =
  /(?<!\p{L})(?<!(?:in|across|from|of|over|at|on|to|uit|van|op|aan|naar|bij|aus|von|auf|an|nach|bei|zu)\s)(?:all|alle)\s+([\p{L}\d]+)/giu;

/** Whether the sentence counts all of a group: "all" right before a number. */
export function allCounted(text: string): boolean {
  if (!text.includes('ll')) return false;
  ALL.lastIndex = 0;
  for (let m = ALL.exec(text); m; m = ALL.exec(text)) {
    const word = (m[1] ?? '').toLowerCase();
    if (/^\d+$/.test(word) || NUMBER_WORDS.has(word)) return true;
  }
  return false;
}
