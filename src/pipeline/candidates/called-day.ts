/**
 * The days a call names that are not the call's. "The opposition called for nationwide protests on
 * Saturday": a day right after what it calls for is the day of that happening ("Had called for the
 * protests on Wednesday" names protests already known: there the day is the call's), and so is
 * one that opens what people are called to do ("forderten ihre Mitglieder auf, am Montag zu
 * streiken"). "After Sunday's election": a day owned by a noun is that happening's.
 */
import { daysBetween, shift } from '../iso-day.ts';
import { beforePublication } from '../time/before-publication.ts';
import type { Published, Timex, When } from '../types.ts';

/** Only a preposition of time between what is called for and its day ("demonstraties in het weekend"). */
const RIGHT_AFTER =
  /^\s*(?:(?:on|for|this|next|op|voor|am|für|diesen|kommenden|dit|komend|komende|in|at|over|(?:in|at|over)\s+the|in\s+het)\s+)?$/iu;

/** What is called for named with a definite article, an adjective perhaps between. */
const DEFINITE_OBJECT = /(?:^|\s)(?:the|de|het|die|der|den|dem|das)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+$/iu;

const POSSESSIVE = /^['’]s(?![\p{L}])/u;

/** Inside the call, the day opens what people are called to do: "auf, am Montag zu streiken", "op om maandag te staken". */
const OPENS_WHAT_IS_CALLED = /(?:(?<![\p{L}])(?:to|om|auf,?))\s+(?:(?:on|am|op)\s+)?$/iu;

export function namesOtherDay(t: Timex, call: { start: number; end: number }, text: string): boolean {
  if (POSSESSIVE.test(text.slice(t.end, t.end + 3))) return true;
  if (t.start >= call.start && t.end <= call.end)
    return OPENS_WHAT_IS_CALLED.test(text.slice(call.start, t.start));
  return (
    t.start >= call.end &&
    RIGHT_AFTER.test(text.slice(call.end, t.start)) &&
    !DEFINITE_OBJECT.test(text.slice(call.start, call.end))
  );
}

/** How sure a day of two is: the report's own or the one before it. */
const FRESH_CONFIDENCE = 0.4;

/**
 * When a call or warning that only names the day it is for was made: "warnte für Dienstag" in
 * Monday's paper was issued that day or the day before, not on Tuesday. Only for that day or the
 * next: a strike called for a day later in the week may have been called days before the report,
 * which is all that is known of it then.
 */
export function calledBefore(published: Published, called: Timex | undefined): When {
  const day = published.date;
  const ahead = called?.interval ? daysBetween(day, called.interval.start.slice(0, 10)) : -1;
  if (published.precision !== 'day' || ahead < 0 || ahead > 1)
    return beforePublication(day, published.precision !== 'day');
  const start = shift(day, -1);
  return { start, end: day, precision: 'day', value: start, confidence: FRESH_CONFIDENCE };
}
