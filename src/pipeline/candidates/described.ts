/**
 * A happening named only to say who someone is: "angry survivors of Spain's deadly floods hurled
 * mud at the king", "Angehörige der Opfer des Anschlags", "nabestaanden van de ramp". The sentence
 * reports what those people did, not the floods again; a trigger there tells the sentence's
 * happening only when nothing else does.
 */

/** People named by what befell them, then "of"/"van"/"der", then up to three words. */
const DESCRIBED =
  /(?<![\p{L}])(?:survivors|victims|relatives|families|overlevenden|slachtoffers|nabestaanden|überlebenden?|opfer|angehörigen?|hinterbliebenen?)\s+(?:of|van|der|des)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * Where the phrase that describes people by the trigger at `start` begins ("survivors of Spain's
 * deadly floods"), or -1. A trigger after another one in that phrase is no part of it ("victims of
 * the floods hurled mud").
 */
export function describingPhrase(text: string, start: number): number {
  const from = Math.max(0, start - 60);
  const m = DESCRIBED.exec(text.slice(from, start));
  return m ? from + m.index : -1;
}
