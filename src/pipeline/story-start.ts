/**
 * The first day of a story, as the dated documents telling it put it, and whether a date for an
 * undated document would tell part of that story before it began.
 */
import type { WeekdayEvidence } from './weekday-evidence.ts';
import { WEEKDAY_NAMES, weekdayOf } from './weekdays.ts';

const DAY_MS = 86_400_000;

function shift(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The days the weekdays told as past stand for, each in the week up to `date` (the day itself included). */
function pastDays(date: string, evidence: Pick<WeekdayEvidence, 'past'>): Map<number, string> {
  const weekday = weekdayOf(date);
  const days = new Map<number, string>();
  for (const d of evidence.past) days.set(d, shift(date, -((weekday - d + 7) % 7)));
  return days;
}

/** The earliest day a dated document tells as past by a weekday, or undefined without one. */
export function earliestTold(date: string, evidence: Pick<WeekdayEvidence, 'past'>): string | undefined {
  let earliest: string | undefined;
  for (const day of pastDays(date, evidence).values()) if (!earliest || day < earliest) earliest = day;
  return earliest;
}

/**
 * Why `date` cannot be the day a document was written, or null: read from it, the document tells
 * the story's first day by its weekday, but other weekdays it tells as past would fall before that
 * day ("de mijn stortte maandag in … vrijdag nationale rouw" in a Wednesday would put the mourning
 * before the collapse). A document that does not name the first day's weekday is not held to it:
 * it may tell of another part of the story.
 */
export function beforeStoryStart(
  date: string,
  evidence: Pick<WeekdayEvidence, 'past'>,
  start: string,
): string | null {
  const days = pastDays(date, evidence);
  if (days.get(weekdayOf(start)) !== start) return null;
  const early = [...days].filter(([, day]) => day < start).map(([d]) => WEEKDAY_NAMES[d]);
  if (early.length === 0) return null;
  return `read from ${date}, the ${early.join(' and ')} it tells would fall before the story began on ${WEEKDAY_NAMES[weekdayOf(start)]} ${start}`;
}
