/**
 * Weekday resolution by HeidelTime's news rule: in a news text a bare weekday names the most
 * recent such day on or before the publication day (the publication day itself when the
 * weekdays agree), and looks forward only in a future-tense sentence.
 */
import { addDays, weekday, type Day } from './calendar.ts';
import type { Tense } from './tense.ts';

/** How a modifier in front of the weekday bends the rule. */
export type WeekdayModifier = 'none' | 'last' | 'next' | 'this';

export function resolveWeekday(
  target: number,
  dct: Day,
  tense: Tense,
  modifier: WeekdayModifier = 'none',
): Day {
  const back = (weekday(dct) - target + 7) % 7;
  const forward = (target - weekday(dct) + 7) % 7;
  switch (modifier) {
    // "last Saturday" said on a Saturday means a week ago, never today.
    case 'last':
      return addDays(dct, -(back === 0 ? 7 : back));
    case 'next':
      return addDays(dct, forward === 0 ? 7 : forward);
    case 'this':
    case 'none':
      return tense === 'future' ? addDays(dct, forward) : addDays(dct, -back);
  }
}

/**
 * The occurrence of a weekday nearest the publication day, ahead or behind: for a day a period
 * was declared to start from, which a report of the declaration may tell before or after it came.
 */
export function nearestWeekday(target: number, dct: Day): Day {
  const back = (weekday(dct) - target + 7) % 7;
  const forward = (target - weekday(dct) + 7) % 7;
  return forward < back ? addDays(dct, forward) : addDays(dct, -back);
}
