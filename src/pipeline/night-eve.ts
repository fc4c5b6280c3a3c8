/**
 * "De brand brak in de nacht van dinsdag op woensdag rond 01.00 uur uit", "in the night from
 * Tuesday to Wednesday at 1am", "in der Nacht von Dienstag auf Mittwoch gegen 1 Uhr": a night
 * named by both its days, told at an hour after midnight, tells what happened on the later day.
 * The earlier weekday only names the eve: no day the report tells anything on.
 */

/** The words that open a night named by the weekday after them. */
const NIGHT_OF = /(?<![\p{L}])(?:night\s+(?:of|from)|nacht\s+van|Nacht\s+(?:von|vom))\s+$/iu;

/** The weekday's night runs on to another day: "to Wednesday", "op woensdag", "auf Mittwoch". */
const TO_NEXT_DAY = /^\s+(?:to|into|until|op|auf|zum|zu)\s+\p{L}/iu;

/**
 * A clock time between midnight and five in the morning: "01.00 uur", "00:54", "1am", "1 Uhr",
 * "1 a.m."; "0?" keeps "10.00 uur" and "23:21" out.
 */
const SMALL_HOURS = /(?<![\d.:])(?:0?[0-4][.:][0-5]\d(?!\d)|0?[1-4]\s*(?:am|a\.m\.|uur|Uhr)(?![\p{L}]))/iu;

/** Whether the weekday at [start, end) of `sentence` opens a night told at an hour after midnight. */
export function eveOfSmallHours(sentence: string, start: number, end: number): boolean {
  return (
    NIGHT_OF.test(sentence.slice(Math.max(0, start - 24), start)) &&
    TO_NEXT_DAY.test(sentence.slice(end, end + 12)) &&
    SMALL_HOURS.test(sentence)
  );
}
