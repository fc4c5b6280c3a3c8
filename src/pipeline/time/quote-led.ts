/**
 * A sentence that opens with a quotation ('"…," seismologist Bjorn Lund said', '„…“, sagte er')
 * reports the saying its last words tell. Whether that saying goes on from the sentence before
 * decides which context may date it (context.ts).
 */

/** The quotation a sentence opens with, closed by the mark that matches its opening one. */
const OPENING_QUOTE =
  /^\s*(?:"[^"]+"|“[^”]+”|„[^“”"]+[“”"]|«[^»]+»|‹[^›]+›|‘[^’]+’(?!\p{L})|'(?:[^']|'(?=\p{L}))+'(?!\p{L}))/u;

/** Pronouns that name, after a quotation, the speaker the sentences before named. */
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'hij', 'zij', 'ze', 'er', 'sie']);

const WORD = /\p{L}[\p{L}'’-]*/gu;

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
    if (new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(before)) return true;
  }
  return false;
}
