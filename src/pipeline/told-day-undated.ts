/**
 * A report with no date at all that tells days by their dates as past ("On July 11 the Unification
 * Church held a press conference", "the funeral … was performed on July 11") was written on or
 * after the latest of them, and a report comes soonest after the news it tells: it is read on that
 * day. Only where no report of its story dates it, where related dated reports lie within a week
 * of that day (they give the year a date without one takes) and nothing in its text rules it out.
 */
import { latestDayReported, type DaysReported } from './date-mentions.ts';
import { shift } from './iso-day.ts';
import { RELATED_STORY, type Sister } from './sisters.ts';
import type { Published } from './types.ts';

/** How far from a related report the day may lie: a week, as the story's own weekdays reach. */
const WEEK_DAYS = 7;

export function toldDayOfUndated(
  days: DaysReported,
  sisters: readonly Sister[],
  conflictAt: (date: string) => string | null,
): Published | undefined {
  const related = sisters.filter((s) => s.score >= RELATED_STORY);
  const closest = related[0];
  if (!closest) return undefined;
  const reported = latestDayReported(days, closest.date.slice(0, 4));
  if (reported === undefined) return undefined;
  const near = related.filter(
    (s) => shift(s.date, -WEEK_DAYS) <= reported && reported <= shift(s.date, WEEK_DAYS),
  );
  if (near.length === 0 || conflictAt(reported)) return undefined;
  return {
    date: reported,
    precision: 'day',
    inferred: true,
    reason: `The document gives no date and no report of its story fits it; it tells ${reported} as past, the latest day it names, within a week of the related reports ${near.map((s) => `${s.id} (${s.date})`).join(', ')}: a report comes soonest after the news it tells`,
  };
}
