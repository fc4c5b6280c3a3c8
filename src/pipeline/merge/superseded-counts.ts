/**
 * A count the report itself tells as where the count stood before ("Am Donnerstagmorgen hatte die
 * Polizei noch von 19 Toten gesprochen", "Officials had initially put the toll at 12", "De
 * brandweer had aanvankelijk 3 doden gemeld", "Police first said 15 people had died"): told in the
 * pluperfect with a word of "still" or "at first", or as what a source first said, beside a larger
 * count of the same measure in the same report, it is the earlier count that one replaced, no
 * second account of the happening.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { toldInPluperfect } from '../pluperfect.ts';
import type { Tally } from './part-tolls.ts';

/** "noch", "zunächst", "initially", "at first", "aanvankelijk": the count has since moved on. */
const EARLIER =
  /(?<!\p{L})(?:noch|zunächst|anfangs|ursprünglich|initially|originally|at first|aanvankelijk|eerst)(?!\p{L})/iu;

/**
 * Words of a source's first account; "noch" ("still") is left out, "sprach noch" is no first word,
 * and so is "the first", which counts the victims ("the first victims were counted").
 */
const FIRST = String.raw`(?:(?<!\bthe\s+)first|initially|originally|at first|zunächst|zuerst|anfangs|ursprünglich|aanvankelijk|eerst|in eerste instantie)`;

/** Verbs of telling a count: "said", "put", "hieß es", "sprach von", "meldde", "werd gesproken". */
const TOLD = String.raw`(?:said|reported|put|gave|spoke|announced|counted|estimated|hieß|hiess|sprach|sprachen|meldete|meldeten|nannte|nannten|gab|gaben|zählte|zählten|zei|zeiden|meldde|meldden|sprak|spraken|gaf|gaven|noemde|noemden|telde|telden|gemeld|gesproken|genoemd)`;

/**
 * A source's first account, told in any tense: the first-account word within two words of the verb
 * of telling, either side ("Police first said", "zunächst hieß es", "sprach die Polizei zunächst
 * von", "Eerst werd gesproken van").
 */
const FIRST_TOLD = new RegExp(
  String.raw`(?<!\p{L})(?:${FIRST}(?:\s+\S+){0,2}\s+${TOLD}|${TOLD}(?:\s+\S+){0,2}\s+${FIRST})(?!\p{L})`,
  'iu',
);

/** The candidate's count is told as where the count stood before it moved on. */
export function toldAsEarlier(c: EventCandidate): boolean {
  const text = c.sentence.text;
  return (EARLIER.test(text) && toldInPluperfect(text)) || FIRST_TOLD.test(text);
}

/** The values of one measure without those their own reports tell as superseded by a larger count. */
export function withoutSuperseded(group: readonly Tally[]): Tally[] {
  return group.filter(
    ([value, cs]) =>
      !cs.every(
        (c) =>
          toldAsEarlier(c) &&
          group.some(
            ([larger, others]) =>
              larger > value && others.some((o) => o.document === c.document && !toldAsEarlier(o)),
          ),
      ),
  );
}
