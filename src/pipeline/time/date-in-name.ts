/**
 * A date that names a square, street or bridge is no time: "at the square of 24 October", "the 6th
 * of October Bridge", "der Platz des 24. Oktober", "op het plein van 18 september" name a place
 * after a day, not the day something happened.
 */

/** "square of (the)", "Platz des", "plein van" right before the date. */
const NAME_BEFORE =
  /(?<![\p{L}])(?:square|street|avenue|bridge|plein|straat|laan|brug|platz|straße|strasse|brücke)\s+(?:of|van|des|vom)\s+(?:the\s+)?$/iu;
/** "Square", "Bridge", "Straße" right after it, capitalised as a name's part. */
const NAME_AFTER = /^\s+(?:Square|Street|Avenue|Bridge|Platz|Straße|Strasse|Brücke)(?![\p{L}])/u;

/** Whether the date at [start, end) of `text` is part of a place's name. */
export function dateNamesPlace(text: string, start: number, end: number): boolean {
  return (
    NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || NAME_AFTER.test(text.slice(end, end + 12))
  );
}
