/**
 * A standing count of those a happening befell: "the number of people detained", "the number of
 * missing", "het aantal arrestanten", "die Zahl der Toten". It tells how many the happening
 * counts so far, not a new happening of the publication day ("now stands at 62") nor of the
 * sentence beside it: the count belongs to the happening the article dated before.
 */
import type { Token } from './tokenize.ts';

/** The word that heads a count ("number", "aantal", "Zahl"), before "of"/"der" where the language has one. */
const COUNT_HEADS = new Set(['number', 'aantal', 'zahl', 'anzahl']);
/** What stands between the count's head and the trigger: "of", "of people", "der", "van de". */
const LINKS = new Set(['of', 'der', 'van']);
const FILLERS = new Set(['people', 'persons', 'those', 'de', 'mensen', 'menschen', 'personen']);

/** Whether the trigger at `start` is what a standing count counts ("the number of people detained"). */
export function isStandingCount(tokens: readonly Token[], start: number): boolean {
  let at = -1;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).start === start) {
      at = i;
      break;
    }
  }
  const word = (i: number): string => (tokens[i] as Token).word;
  const first = at - 1;
  let k = first;
  if (k >= 0 && FILLERS.has(word(k))) k--;
  if (k >= 0 && LINKS.has(word(k))) k--;
  // "het aantal doden" needs no link; "number" right before a verb is no count ("a number detained").
  return k >= 0 && COUNT_HEADS.has(word(k)) && (k < first || word(k) === 'aantal');
}
