/**
 * A count told as a revision ("according to the health ministry's revised count", "Nach neuen
 * Berechnungen …", "het dodental is bijgesteld") is the news of the day it was told: it replaces the
 * tolls before it, so it is not dated back to the happening as a toll dated only by its saying is
 * (caused-toll.ts), where it would join the counts it corrects.
 */
const REVISED =
  /\b(?:revised|corrected|new(?:ly)? (?:count|calculation|tally)|recount|neuen? (?:Berechnung|Zählung)|korrigiert|nach unten|herzien|gecorrigeerd|bijgesteld|nieuwe (?:telling|berekening))/iu;

/** Whether the sentence tells its count as a revision of the counts before it. */
export function revisedCount(text: string): boolean {
  return REVISED.test(text);
}
