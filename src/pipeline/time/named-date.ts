/**
 * A day named as the content of a date is no time of the sentence: "The election date of 22
 * November was set the following day", "de datum van 22 november", "den Wahltermin am 22.
 * November" tell what day was set, not when anything the sentence reports happened.
 */

/** "date of", "datum van", "Termin am" (any compound ending in them) right before the day. */
const DATE_BEFORE = /(?:date|datum|termin)\s+(?:of|van|op|am|vom)\s+(?:the\s+)?$/iu;

export function namesDate(sentence: string, t: { start: number }): boolean {
  return DATE_BEFORE.test(sentence.slice(Math.max(0, t.start - 24), t.start));
}
