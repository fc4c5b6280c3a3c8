/**
 * The days a candidate may have happened on, for the merge, beyond those its time names: a tally
 * counts the dead of the week before its count, an evening's happening runs into the small hours.
 * Words are said at one moment: a speaker's words of one evening ("sprach am Abend von einem
 * schwarzen Tag") reach into no next day, not to the words another outlet dated to that day ("Hij
 * noemde het de donkerste dag", on Wednesday).
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';

/** Days before its count a running tally may reach back to: a toll keeps rising for about a week. */
const TALLY_REACH_DAYS = 7;

/** Whether the candidate is words said at one moment. */
function said(c: EventCandidate): boolean {
  return c.kind === 'statement';
}

/**
 * The midnight that ends a day ("would take effect from midnight on Monday", 23:59) is the one that
 * opens the next: "Sinds middernacht van maandag op dinsdag geldt … de noodtoestand" on Tuesday.
 */
const DAY_END = /T23:59$/;

/**
 * Days an evening of one day reaches past it: one, except for words said that evening; so does the
 * midnight that ends it.
 */
export function eveningReach(c: EventCandidate, oneDay: boolean): number {
  const w = c.when;
  if (said(c) || !oneDay) return 0;
  return (w.precision === 'part-of-day' && w.value.endsWith('TEV')) || DAY_END.test(w.value) ? 1 : 0;
}

/**
 * The first day (since the epoch) a candidate may have happened on, of the days from `start` to
 * `end`: "The death toll rose to 158 on Thursday" counts the dead of Thursday and the days before.
 */
export function firstDayNumber(c: EventCandidate, start: number, end: number): number {
  return c.tally === true ? Math.min(start, end - TALLY_REACH_DAYS) : start;
}
