/**
 * "Duikers haalden dinsdag de laatste vier jongens … naar buiten", "brought the last four boys
 * out", "die letzten vier Jungen": a count told as the last of a group completes it, so that the
 * whole of the group told on that day ("Alle twaalf jongens … zijn uit de grot gehaald") is reached
 * by that happening and is no other.
 */
import { CARDINAL_TENS, CARDINAL_UNITS } from '../number-words.ts';

const NUMBER_WORDS: ReadonlySet<string> = new Set(
  [...Object.values(CARDINAL_UNITS), ...Object.values(CARDINAL_TENS)].flatMap((words) => Object.keys(words)),
);

/** "last" and the word after it. */
const LAST = /(?<!\p{L})(?:last|laatste|letzten)\s+([\p{L}\d]+)/giu;

/** Whether the sentence counts the last of a group: "last" right before a number. */
export function countsLastPart(text: string): boolean {
  if (!/la(?:st|atste)|letzten/i.test(text)) return false;
  LAST.lastIndex = 0;
  for (let m = LAST.exec(text); m; m = LAST.exec(text)) {
    const word = (m[1] ?? '').toLowerCase();
    if (/^\d+$/.test(word) || NUMBER_WORDS.has(word)) return true;
  }
  return false;
}
