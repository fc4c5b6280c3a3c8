/**
 * The days after a dated report's on which an undated one telling the same story was written:
 * the first of the six after it that the undated report's weekdays fit.
 */
import { pluperfectConflict } from './pluperfect.ts';
import { shift } from './iso-day.ts';
import type { WeekdayEvidence } from './weekday-evidence.ts';

const WEEK_DAYS = 7;

/** The first of the six days after `date` (within `month`, when given) that fits the document. */
export function dayAfter(
  date: string,
  month: string | undefined,
  conflictAt: (date: string) => string | null,
): string | undefined {
  for (let k = 1; k < WEEK_DAYS; k++) {
    const day = shift(date, k);
    if (month && day.slice(0, 7) !== month) return undefined;
    if (!conflictAt(day)) return day;
  }
  return undefined;
}

/**
 * A report read on its sister's day whose weekday told in the pluperfect would fall after those
 * it tells in the simple past ("zeigte sich am Montag", "hatte am Samstag … umkehren lassen") was
 * read too early: it was written in the days after, on the first that fits.
 */
export function dayAfterPluperfect(
  date: string,
  month: string | undefined,
  conflict: string | null,
  evidence: WeekdayEvidence,
  conflictAt: (date: string) => string | null,
): string | undefined {
  if (conflict === null || conflict !== pluperfectConflict(date, evidence)) return undefined;
  return dayAfter(date, month, conflictAt);
}
