/**
 * "The funeral of Shinzo Abe who was shot and killed during a street speech in Nara City was
 * performed on July 11": a happening told in a relative clause describes whom the main clause is
 * about; the day the main clause gives is the main happening's, not the clause's. With no time of
 * its own the clause's happening is known only to lie before publication. A time before the
 * clause may be of the noun it hangs on ("de aardbevingen van 6 februari, waarbij … doden vielen"),
 * and dates it, unless that day is still ahead while the clause goes back in the pluperfect
 * ("besucht am Samstag Erftstadt, wo ein Erdrutsch mehrere Häuser mitgerissen hatte").
 */
import { toldInPluperfect } from '../pluperfect.ts';
import type { Timex } from '../types.ts';
import { relativeClauseSpans } from './relative-clause.ts';

/**
 * A pluperfect with its auxiliary last, as a Dutch or German subordinate clause ends: "mitgerissen
 * hatte", "ums Leben gekommen waren", "was doorgebroken", "had overstroomd".
 */
const CLAUSE_PLUPERFECT =
  /(?<![\p{L}])\p{Ll}{3,}(?:t|en|d)\s+(?:hatte|hatten|war|waren|had|hadden|was|waren)\s*$/u;

function goesBack(clause: string): boolean {
  return toldInPluperfect(clause) || CLAUSE_PLUPERFECT.test(clause.replace(/[\s,;:.!?–—]+$/u, ''));
}

export function undatedInRelative(
  text: string,
  lang: string,
  h: { start: number; end: number },
  dated: readonly Timex[],
  published?: string,
): boolean {
  if (dated.length === 0) return false;
  const span = relativeClauseSpans(text, lang).find(([from, to]) => h.start >= from && h.end <= to);
  if (span === undefined) return false;
  if (dated.every((t) => t.start >= span[1])) return true;
  const [from, to] = span;
  // Only a day still ahead ("besucht am Samstag"), which nothing told in the pluperfect can fall
  // on: a day before publication may be the noun's ("den Anschlag vom 22. April, bei dem …
  // erschossen hatten"), and a clause with a time of its own keeps it ("Rutte, who had warned on
  // Monday that …").
  if (published === undefined) return false;
  if (!dated.every((t) => (t.interval?.start.slice(0, 10) ?? '') > published)) return false;
  if (dated.some((t) => t.start >= from && t.start < to)) return false;
  return goesBack(text.slice(from, to)) && !toldInPluperfect(text.slice(0, from) + text.slice(to));
}
