/**
 * Weekdays told in the pluperfect ("Yoon had declared martial law on Tuesday", "Yoon hatte am
 * Dienstagabend das Kriegsrecht verhängt", "had dinsdag de staat van beleg afgekondigd") lie
 * before the happenings the report tells in the simple past: a day of writing that would make
 * such a weekday the latest the text tells is not the day it was written on.
 */
import { pastDay } from './story-start.ts';
import { WEEKDAY_NAMES } from './weekdays.ts';

/**
 * An auxiliary of the pluperfect with its participle: English "had" right before one (perhaps
 * after an adverb; "had talks" is no pluperfect), Dutch "had"/"hadden" and German "hatte"/"hatten"
 * with a lowercase participle later in the clause (German "hatte keine Zeit." has none), and the
 * German passive "war"/"waren" with a participle right before "worden" ("war am Donnerstag
 * festgenommen worden").
 */
const PLUPERFECT =
  /\bhad\s+(?:\p{Ll}+ly\s+)?(?:been|\p{Ll}{2,}(?:ed|en))\b|\b(?:had|hadden)\s[^.;:]*\b\p{Ll}*ge\p{Ll}{2,}(?:d|t|en)\b|\b(?:hatte|hatten)\s[^.;:]*\s\p{Ll}{3,}(?:t|en)(?=\s*(?:[.,;:]|$))|\b(?:war|waren)\s[^.;:]*\s\p{Ll}{3,}(?:t|en)\s+worden\b/u;

/** The sentence tells something in the pluperfect. */
export function toldInPluperfect(sentence: string): boolean {
  return PLUPERFECT.test(sentence);
}

/**
 * Why `date` cannot be the day a document was written, or null: read from it, a weekday the
 * document tells only in the pluperfect would fall after every weekday it tells in the simple past.
 */
export function pluperfectConflict(
  date: string,
  evidence: { past: ReadonlySet<number>; earlier: ReadonlySet<number> },
): string | null {
  if (evidence.earlier.size === 0 || evidence.earlier.size === evidence.past.size) return null;
  let latestPlain = '';
  for (const d of evidence.past) {
    const day = pastDay(date, d);
    if (!evidence.earlier.has(d) && day > latestPlain) latestPlain = day;
  }
  for (const d of evidence.earlier) {
    if (pastDay(date, d) > latestPlain)
      return `read from ${date}, the ${WEEKDAY_NAMES[d]} it tells in the pluperfect would fall after every weekday it tells in the simple past`;
  }
  return null;
}
