/**
 * "Karim Masimov was arrested on Thursday on suspicion of high treason, officials said on
 * Saturday", "…, festgenommen, sagten Beamte am Samstag": a verb of saying after the sentence's
 * last comma, with its own subject there, tells who reports; the names before that comma are
 * whom the report is about, not its speaker.
 */

const WORD = /[\p{L}'’-]+/gu;

/**
 * Words that make the text between the comma and the verb no subject of its own: a clause going
 * on ("and said", "who said"), a pronoun standing for someone named before ("he said"), or the
 * verb's own auxiliaries and adverbs ("has also said").
 */
const NO_SUBJECT = new Set(
  (
    'and but or nor while whereas who which that he she it they we i you also then later again ' +
    'has have had was were is are will would could should may might did does do'
  ).split(' '),
);

/** Words of a subject before an English verb of saying: "officials", "the health ministry", "a spokesman for the army". */
const MOST_SUBJECT_WORDS = 4;

/**
 * Where the names the report is about end: the comma before the trigger of a statement, or -1.
 * English: a subject of a few words stands between the comma and the verb ("…, officials said").
 * Dutch and German (`verbSecond`): the verb follows the comma at once, its subject after it
 * ("…, sagten Beamte"); a sentence with an earlier comma may have opened with its subject and an
 * apposition ("Tokajew, der Präsident, sagte"), so only its first comma counts.
 */
export function reportedBefore(text: string, trigger: number, verbSecond: boolean): number {
  const comma = text.lastIndexOf(',', trigger - 1);
  if (comma < 0) return -1;
  const words = text.slice(comma + 1, trigger).match(WORD) ?? [];
  if (verbSecond) return words.length === 0 && text.indexOf(',') === comma ? comma : -1;
  if (words.length === 0 || words.length > MOST_SUBJECT_WORDS) return -1;
  return words.some((w) => NO_SUBJECT.has(w.toLowerCase())) ? -1 : comma;
}
