/**
 * "The rescue began just after midnight, when Florencio Ávalos … emerged at 12.11am", a paragraph
 * after "The last of the 33 … was winched to the surface late on Wednesday": a sentence that tells
 * how something began goes back to its start, so its small hours are those of the story's day, not
 * of the night after its evening.
 */

/** "began", "started", "begon", "begann", "startete": a verb of beginning, in any of the three languages. */
const BEGAN =
  /(?<![\p{L}])(?:began|begun|begins|started|starts|begon|begonnen|begint|startte|startten|begann|begannen|beginnt|startete|starteten|gestartet)(?![\p{L}])/iu;

/** Whether the text before offset `at` (a clock time) tells that something began. */
export function toldBeginning(text: string, at: number): boolean {
  return BEGAN.test(text.slice(0, at));
}
