/**
 * A sentence that opens with a phrase of place, time or occasion: "Bei einem Videogipfel der OVKS
 * sagte Tokajew …", "In een toespraak tot het parlement kondigde Tokajev aan …", "At a news
 * conference on Friday, Blinken said …". What that phrase names frames the saying: its names are
 * not the speaker, and its noun ("toespraak", "news conference") is not the verb the speaker stands by.
 */

/** Prepositions that open such a phrase in English, Dutch and German. */
const OPENING =
  /^(?:at|during|in|on|bei|beim|im|auf|während|vor|nach|mit|an|am|zum|zur|op|bij|tijdens|na|met|aan)\s/i;

/** The sentence opens with a prepositional phrase that reaches at least up to `at` (no comma or colon first). */
export function inOpeningPhrase(text: string, at: number): boolean {
  if (!OPENING.test(text)) return false;
  for (let i = 0; i < at; i++) {
    const ch = text.charCodeAt(i);
    // , ; :
    if (ch === 44 || ch === 59 || ch === 58) return false;
  }
  return true;
}
