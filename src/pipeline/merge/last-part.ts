/**
 * "Duikers haalden dinsdag de laatste vier jongens … naar buiten", "brought the last four boys
 * out", "die letzten vier Jungen": a count told as the last of a group completes it, so that the
 * whole of the group told on that day ("Alle twaalf jongens … zijn uit de grot gehaald") is reached
 * by that happening and is no other.
 */
import { matchedBeforeNumber } from '../number-words.ts';

/** "last" and the word after it. */
const LAST = /(?<!\p{L})(?:last|laatste|letzten)\s+([\p{L}\d]+)/giu;

/** Whether the sentence counts the last of a group: "last" right before a number. */
export function countsLastPart(text: string): boolean {
  return /la(?:st|atste)|letzten/i.test(text) && matchedBeforeNumber(LAST, text);
}
