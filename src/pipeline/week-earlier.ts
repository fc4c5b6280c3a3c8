/**
 * "The company applied on Friday … The bank itself was closed by regulators a week earlier": a
 * sentence that counts a week back from the weekday the sentence before tells dates what it tells
 * a week before that weekday. That happening is part of the story, so a reading that puts it before
 * the story's first day is of a week too early.
 */
import { shift } from './iso-day.ts';
import { pastDay } from './story-start.ts';
import { WEEKDAY_NAMES, weekdayOf } from './weekdays.ts';

const WEEK_DAYS = 7;

/** "a week earlier", "een week eerder", "eine Woche zuvor"; not "a week earlier than planned". */
const WEEK_EARLIER =
  /(?<![\p{L}])(?:(?:a|one)\s+week\s+(?:earlier|before)|(?:een|één)\s+week\s+(?:eerder|daarvoor|ervoor)|eine\s+Woche\s+(?:zuvor|früher|davor|vorher))(?![\p{L}])(?!\s+(?:than|dan|als)(?![\p{L}]))/iu;

/** Whether the sentence counts a week back (looked for only where "week" or "Woche" stands). */
export function tellsWeekEarlier(text: string): boolean {
  return (text.includes('eek') || text.includes('oche')) && WEEK_EARLIER.test(text);
}

/**
 * Why `date` cannot be the day a document was written, or null: read from it, the day a week
 * before the weekday `from` it counts back from would fall before the story began on `start`.
 */
export function weekEarlierConflict(date: string, from: number | undefined, start: string): string | null {
  if (from === undefined) return null;
  const day = shift(pastDay(date, from), -WEEK_DAYS);
  return day < start
    ? `read from ${date}, what it tells a week before ${WEEKDAY_NAMES[from]} would fall on ${day}, before the story began on ${WEEKDAY_NAMES[weekdayOf(start)]} ${start}`
    : null;
}

/**
 * The first day on which weekday `from` falls a week or more after the story's first day: the
 * earliest a report counting a week back from it can have been written on.
 */
export function weekAfterStart(from: number, start: string): string {
  const week = shift(start, WEEK_DAYS);
  return shift(week, (from - weekdayOf(week) + WEEK_DAYS) % WEEK_DAYS);
}
