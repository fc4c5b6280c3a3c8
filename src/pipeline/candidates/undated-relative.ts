/**
 * "The funeral of Shinzo Abe who was shot and killed during a street speech in Nara City was
 * performed on July 11": a happening told in a relative clause describes whom the main clause is
 * about; the day the main clause gives is the main happening's, not the clause's. With no time of
 * its own the clause's happening is known only to lie before publication. A time before the
 * clause may be of the noun it hangs on ("de aardbevingen van 6 februari, waarbij … doden vielen"),
 * and dates it.
 */
import type { Timex } from '../types.ts';
import { relativeClauseSpans } from './relative-clause.ts';

export function undatedInRelative(
  text: string,
  lang: string,
  h: { start: number; end: number },
  dated: readonly Timex[],
): boolean {
  if (dated.length === 0) return false;
  const span = relativeClauseSpans(text, lang).find(([from, to]) => h.start >= from && h.end <= to);
  return span !== undefined && dated.every((t) => t.start >= span[1]);
}
