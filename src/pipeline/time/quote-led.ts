/**
 * A sentence that opens with a quotation ('"…," seismologist Bjorn Lund said', '„…“, sagte er')
 * reports the saying its last words tell. Whether that saying goes on from the sentence before
 * decides which context may date it (context.ts).
 */
import type { Timex } from '../types.ts';

/** The quotation a sentence opens with, closed by the mark that matches its opening one. */
const OPENING_QUOTE =
  /^\s*(?:"[^"]+"|“[^”]+”|„[^“”"]+[“”"]|«[^»]+»|‹[^›]+›|‘[^’]+’(?!\p{L})|'(?:[^']|'(?=\p{L}))+'(?!\p{L}))/u;

/** Pronouns that name, after a quotation, the speaker the sentences before named. */
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'hij', 'zij', 'ze', 'er', 'sie']);

const WORD = /\p{L}[\p{L}'’-]*/gu;
const LETTER = /^\p{L}$/u;

function letterAt(codePoint: number | undefined): boolean {
  return codePoint !== undefined && LETTER.test(String.fromCodePoint(codePoint));
}

/** The code point that ends right before `at`, a surrogate pair read whole. */
function codePointBefore(text: string, at: number): number | undefined {
  if (at <= 0) return undefined;
  const unit = text.charCodeAt(at - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && at >= 2 ? text.codePointAt(at - 2) : unit;
}

/** `word` stands in `text` with no letter right before or after it (a search, not a new expression per word). */
function standsAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!letterAt(codePointBefore(text, at)) && !letterAt(text.codePointAt(at + word.length))) return true;
  }
  return false;
}

/** What follows the quotation the sentence opens with; undefined when it opens with none. */
export function afterOpeningQuote(text: string): string | undefined {
  const quote = OPENING_QUOTE.exec(text);
  return quote === null ? undefined : text.slice(quote[0].length);
}

/**
 * Whether the speaker named after the quotation is one the sentence before named: a pronoun ('"…,"
 * he said', '"…", zei hij') or a name written there ('Scholz besuchte am Samstag den Tatort.
 * "Was für eine furchtbare Tat", sagte Scholz.'). '"…," seismologist Bjorn Lund said' after a
 * sentence on the blasts is a new voice, not of that sentence's time. Without `pronouns`, only a
 * name written again counts: a sentence after the quotation goes on with its speaker only when it
 * names them ('"…," Kishida said. …, but Kishida said the election would go ahead on Sunday').
 */
export function speakerGoesOn(after: string, before: string, pronouns = true): boolean {
  for (const [word] of after.matchAll(WORD)) {
    if (SPEAKER_PRONOUNS.has(word)) return pronouns;
    if (word.charAt(0) !== word.charAt(0).toUpperCase()) continue;
    if (standsAsWord(before, word)) return true;
  }
  return false;
}

interface Said {
  text: string;
  paragraph: string;
}

/**
 * '"Now the moment has come when blood could flow," Primakov said in a voice message' after
 * "Primakov announced on Saturday evening …": a "now" in the quotation the sentence opens with is
 * the speaker's, who goes on from the sentence before; it dates nothing of the report's day. A new
 * voice's "now" ('"For now we are assuming a terrorist motive," the prosecutors said') may.
 */
export function speakersNow(sentence: Said, t: Timex, before: Said | undefined): boolean {
  if (t.value !== 'PRESENT_REF' || before?.paragraph !== sentence.paragraph) return false;
  const after = afterOpeningQuote(sentence.text);
  return (
    after !== undefined && t.end <= sentence.text.length - after.length && speakerGoesOn(after, before.text)
  );
}
