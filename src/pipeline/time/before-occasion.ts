/**
 * A date given to an occasion the sentence tells something happened before ("vor den
 * Landtagswahlen am 27. März", "before the elections on 27 March", "voor de verkiezingen op 27
 * maart"): it says only that what is told came first, so it is no day the text reports as past.
 */

/** "before the", "vor den", "voor de", then up to three words of the occasion and "on", "am", "op". */
const BEFORE_OCCASION =
  /(?<![\p{L}])(?:before|ahead\s+of|vor|vóór|voor)\s+(?:the|den|dem|der|de|het)\s+(?:[\p{L}-]+\s+){1,3}(?:on|am|op|van)\s+$/iu;

/** How far back from the date the occasion is looked for. */
const REACH = 60;

/** Whether the date starting at `start` in `text` is that of an occasion something came before. */
export function dateOfLaterOccasion(text: string, start: number): boolean {
  return BEFORE_OCCASION.test(text.slice(Math.max(0, start - REACH), start));
}
