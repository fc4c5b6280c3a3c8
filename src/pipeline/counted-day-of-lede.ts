/**
 * "Een dag na het omstreden onafhankelijkheidsreferendum van zondag 1 oktober is de spanning in
 * Catalonië nog niet geluwd": a lede that opens by counting days since a day it names by its date
 * tells the news of the day it counts to. A report with no day of its own was written on that day,
 * in the year of the related report closest to it, where the weekday it names with the date is that
 * date's and nothing in its text rules the day out.
 */
import { earliestDay, type CountedSince } from './days-since-date.ts';
import { RELATED_STORY, type Sister } from './sisters.ts';
import type { Published } from './types.ts';
import { WEEKDAY_NAMES, weekdayOf } from './weekdays.ts';
import { shift } from './iso-day.ts';

/** A count of weeks is round ("Een week na de ramp van 5 mei"), and a lede counts the days since the news. */
const MAX_DAYS = 6;

export function countedDayOfLede(
  counted: CountedSince,
  month: string | undefined,
  sisters: readonly Sister[],
  conflictAt: (date: string) => string | null,
): Published | undefined {
  if (counted.days > MAX_DAYS) return undefined;
  const near = month ? `${month}-31` : sisters.find((s) => s.score >= RELATED_STORY)?.date;
  if (near === undefined) return undefined;
  const date = earliestDay(counted, near);
  const from = shift(date, -counted.days);
  if (month !== undefined && date.slice(0, 7) !== month) return undefined;
  if (counted.fromWeekday !== undefined && weekdayOf(from) !== counted.fromWeekday) return undefined;
  if (conflictAt(date)) return undefined;
  const named = counted.fromWeekday === undefined ? '' : `${WEEKDAY_NAMES[counted.fromWeekday]} `;
  return {
    date,
    precision: 'day',
    inferred: true,
    reason: `${month ? `The document gives only the month (${month})` : 'The document gives no date'}; its opening counts ${counted.days} day${counted.days > 1 ? 's' : ''} since ${named}${from}: a lede tells the news of the day it counts to`,
  };
}
