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

/**
 * The clause opened by a comma and "where" ends at a comma that a main clause of several words
 * follows; a full stop within one sentence is an abbreviation's ("the church St. Sebastian").
 */
const FRONTED_CLAUSE = /,\s(?:where|waar|wo)\s[^,;:!?]*$/iu;
const MAIN_AFTER = /^,\s+(?:\S+\s+){3}/u;
/** The sentence opens with the place the clause describes: "In the Negombo region, where …". */
const PLACE_OPENING = /^(?:in|at|near|around|bij|nabij|im|am|bei|nahe)\s[^,;:]*$/iu;

/**
 * "In the Negombo region, where in the church St. Sebastian the most people died, refugees from
 * Pakistan had to leave their housings": a clause between commas that names the place the sentence
 * opens with by what happened there, before the sentence's own main clause, reports nothing, even where the main
 * clause names no happening the lexicon knows; with a time or a count of its own it does.
 */
export function withoutDescribedPlaces(
  hits: TriggerHit[],
  text: string,
  timexes: readonly Timex[],
): TriggerHit[] {
  return hits.filter((h) => {
    const from = Math.max(0, h.start - 80);
    const m = FRONTED_CLAUSE.exec(text.slice(from, h.start));
    if (!m) return true;
    const start = from + m.index;
    if (!PLACE_OPENING.test(text.slice(0, start))) return true;
    const end = text.slice(h.end).search(/[,;:.!?]/);
    if (end < 0 || !MAIN_AFTER.test(text.slice(h.end + end))) return true;
    const clauseEnd = h.end + end;
    return (
      timexes.some((t) => t.start >= start && t.start < clauseEnd) || counts(text.slice(start, clauseEnd))
    );
  });
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
