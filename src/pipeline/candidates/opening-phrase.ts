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

/** A time counted from a happening opens the sentence: "Two days after", "Kurz nach", "Een week na". */
const OPENING_SINCE =
  /^(?:[\p{L}\d]+\s+){0,3}?(?:after|before|since|following|na|voor|sinds|nach|vor|seit)\s/iu;

/**
 * The name stands in such an opening phrase, closed by a comma before `at`: "Two days after the
 * fall of Bashar al-Assad, the new rulers appointed …" tells of Assad only when it was.
 */
export function inOpeningSince(text: string, m: { end: number }, at: number): boolean {
  if (!OPENING_SINCE.test(text)) return false;
  const comma = text.indexOf(',');
  return comma >= m.end && comma < at;
}

/** A subordinate clause of time opens the sentence: "Een dag nadat …", "After …", "Nachdem …". */
const OPENING_CLAUSE =
  /^(?:[\p{L}\d]+\s+){0,3}?(?:after|when|before|nadat|toen|voordat|nachdem|als|bevor)\s/iu;

/**
 * The offset of the comma that closes an opening clause of time holding `at`, or -1: what
 * follows that comma is the main clause's ("Een dag nadat rebellen Damascus innamen, zochten
 * duizenden Syriërs in de gevangenis van Saydnaya …": Saydnaya is not where Damascus was taken).
 */
export function openingClauseEnd(text: string, at: number): number {
  if (!OPENING_CLAUSE.test(text)) return -1;
  const comma = text.indexOf(',');
  return comma > at ? comma : -1;
}
