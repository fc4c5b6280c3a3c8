/**
 * A count the report itself tells as where the count stood before ("Am Donnerstagmorgen hatte die
 * Polizei noch von 19 Toten gesprochen", "Officials had initially put the toll at 12", "De
 * brandweer had aanvankelijk 3 doden gemeld"): told in the pluperfect with a word of "still" or
 * "at first", beside a larger count of the same measure in the same report, it is the earlier
 * count that one replaced, no second account of the happening.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { toldInPluperfect } from '../pluperfect.ts';
import type { Tally } from './part-tolls.ts';

/** "noch", "zunächst", "initially", "at first", "aanvankelijk": the count has since moved on. */
const EARLIER =
  /(?<!\p{L})(?:noch|zunächst|anfangs|ursprünglich|initially|originally|at first|aanvankelijk|eerst)(?!\p{L})/iu;

/** The candidate's count is told as where the count stood before it moved on. */
export function toldAsEarlier(c: EventCandidate): boolean {
  return EARLIER.test(c.sentence.text) && toldInPluperfect(c.sentence.text);
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
