/**
 * "26 protesters … have been killed since the protests started last Sunday", "sinds de protesten
 * afgelopen zondag begonnen", "seit die Proteste am Sonntag begannen": the clause a count runs from
 * tells when the happening it names began, on a day of its own.
 */
import type { Timex } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';
import type { TriggerHit } from './happenings.ts';

/** "since the", "sinds de", "seit die" right before the happening's noun (perhaps one word between). */
const SINCE_THE = /(?<![\p{L}])(?:since|sinds|seit)\s+(?:the|de|het|die|der|den)\s+(?:\p{L}+\s+)?$/iu;

const BEGAN = String.raw`(?:started|began|broke\s+out|erupted|begonnen|begon|uitbraken|uitbrak|losbarstten|begannen|begann|ausbrachen|ausbrach)`;

/** The verb between the noun and the day: "started last Sunday", "started on Sunday". */
const VERB_THEN_DAY = new RegExp(String.raw`^\s+${BEGAN}\s+(?:on\s+|am\s+|op\s+)?$`, 'iu');
/** The day between the noun and the verb, as Dutch and German put it: "afgelopen zondag begonnen". */
const NOTHING = /^\s+(?:(?:on|am|op)\s+)?$/iu;
const VERB_AFTER = new RegExp(String.raw`^\s+${BEGAN}(?![\p{L}])`, 'iu');

/** Whether `h` names a happening whose beginning the sentence dates to a day in a "since" clause. */
export function beganSince(text: string, h: TriggerHit, timexes: readonly Timex[]): boolean {
  if (!SINCE_THE.test(text.slice(Math.max(0, h.start - 30), h.start))) return false;
  return timexes.some((t) => {
    if (t.start < h.end || t.precision !== 'day' || t.interval === null) return false;
    const gap = text.slice(h.end, t.start);
    return VERB_THEN_DAY.test(gap) || (NOTHING.test(gap) && VERB_AFTER.test(text.slice(t.end)));
  });
}

/** The candidate of such a beginning is dated to that day alone, not the span the count runs over. */
export function beganOn(c: EventCandidate): void {
  c.when = { ...c.when, end: c.when.start, precision: 'day' };
  c.began = true;
}

/**
 * Its clause names nothing but the happening: who acted and where, in the rest of the sentence,
 * are the count's ("According to the interior ministry", "in Almaty"), not where or by whom it began;
 * so are its topics (the "police and military personnel" killed), which would keep it from the
 * reports of the protests themselves.
 */
export function beganApart(c: EventCandidate): void {
  if (c.actors.length > 0) c.asideActors = [...c.actors];
  if (c.places.length > 0) c.asidePlaces = [...c.places];
  delete c.agent;
  delete c.concepts;
}
