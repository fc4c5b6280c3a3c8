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
  return OPENING.test(text) && noBreakBefore(text, at);
}

/**
 * The sentence opens with its time expression ("Zwei Tage nach dem Treffen mit Macron sagte
 * Scholz …", "Gisteren verklaarde …") and no comma or colon comes before `at`: in Dutch and German
 * that phrase is all that stands before the verb, so the verb's subject follows it.
 */
export function afterOpeningTime(text: string, timexes: readonly { start: number }[], at: number): boolean {
  return timexes.some((t) => t.start === 0) && noBreakBefore(text, at);
}

function noBreakBefore(text: string, at: number): boolean {
  for (let i = 0; i < at; i++) {
    const ch = text.charCodeAt(i);
    // , ; :
    if (ch === 44 || ch === 59 || ch === 58) return false;
  }
  return true;
}
