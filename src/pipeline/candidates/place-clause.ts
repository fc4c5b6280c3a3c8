/**
 * "Britain imposed sanctions on Wednesday on six heads of the penal colony where Navalny died", "het
 * strafkamp waar Navalny overleed", "das Straflager, in dem Nawalny starb": a clause that names a
 * place by what happened there names that happening, it does not report it, when the sentence
 * reports another before the clause and the clause tells no time and no count of its own ("to
 * Valencia, where floods have killed at least 211 people" tells the toll).
 */
import type { Timex } from '../types.ts';
import type { TriggerHit } from './happenings.ts';
import { CARDINAL_TENS, CARDINAL_UNITS, VAGUE_QUANTITIES } from '../number-words.ts';

/**
 * The clause's opening word after a noun, up to the trigger with no clause break between; German
 * "in dem" only after the comma that opens a relative clause ("in der Region" is a place).
 */
const WHERE_CLAUSE =
  /(?:\s|,\s)(?:where|waar|wo)\s[^,;:.!?]*$|,\s(?:in dem|in der|in welchem|in welcher)\s[^,;:.!?]*$/iu;

/** Where the clause that ends in `h` opens, if it is one. */
function clauseStart(text: string, h: TriggerHit): number | undefined {
  const from = Math.max(0, h.start - 80);
  const m = WHERE_CLAUSE.exec(text.slice(from, h.start));
  return m ? from + m.index : undefined;
}

/** Every number word of the three languages: a clause that counts ("killed three people") tells news. */
const COUNT_WORDS = new Set([
  ...Object.values(CARDINAL_UNITS).flatMap((words) => Object.keys(words)),
  ...Object.values(CARDINAL_TENS).flatMap((words) => Object.keys(words)),
  ...Object.keys(VAGUE_QUANTITIES),
]);
const WORD = /\p{L}+/gu;

function counts(clause: string): boolean {
  return /\d/.test(clause) || (clause.toLowerCase().match(WORD) ?? []).some((w) => COUNT_WORDS.has(w));
}

export function withoutPlaceClauses(
  hits: TriggerHit[],
  text: string,
  timexes: readonly Timex[],
): TriggerHit[] {
  const kept = hits.filter((h) => {
    const start = clauseStart(text, h);
    if (start === undefined) return true;
    const end = text.slice(h.end).search(/[,;:.!?]/);
    const clauseEnd = end < 0 ? text.length : h.end + end;
    if (timexes.some((t) => t.start >= start && t.start < clauseEnd)) return true;
    if (counts(text.slice(start, clauseEnd))) return true;
    return !hits.some((o) => o !== h && o.end <= start);
  });
  return kept.length > 0 ? kept : hits;
}
