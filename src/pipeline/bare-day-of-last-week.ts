/**
 * A report that names a day of the week before its own as such ("loopt sinds vorige week dinsdag
 * leeg", "Tuesday last week", "letzte Woche Dienstag") marks that week: a weekday it tells bare
 * beside it ("heeft donderdag bezocht") is one of its own week, of the weekend just before it, or
 * the day before it (a Monday's "zondag"). Read so that such a bare weekday fell in the week before, the report was written later.
 */
import { shift } from './iso-day.ts';
import { pastDay } from './story-start.ts';
import type { WeekdayEvidence } from './weekday-evidence.ts';
import { WEEKDAY_NAMES, weekdayOf } from './weekdays.ts';

/** The Monday that opens the calendar week of `date`. */
function mondayOf(date: string): string {
  return shift(date, -((weekdayOf(date) + 6) % 7));
}

/**
 * The weekend just past is told bare ("On Saturday the police used tear gas", "zaterdag", "am
 * Samstag") even where it ends the calendar week the text calls last week's.
 */
const WEEKEND_DAYS = 2;

/** Whether weekday `day`, told bare as past, read from `date`, fits a report that names a day of last week. */
export function bareDayFits(date: string, day: number): boolean {
  const told = pastDay(date, day);
  return told >= shift(mondayOf(date), -WEEKEND_DAYS) || told === shift(date, -1);
}

/**
 * Why `date` cannot be the day a document was written, or null: the document tells a day of the
 * week before as such, and read from `date` a weekday it tells bare would fall in that week too.
 * A weekday told only in the pluperfect ("Bereits am Freitag hatten Demonstranten das Rathaus
 * gestürmt") goes back from the report's own days and may lie in the week before.
 */
export function bareDayOfLastWeek(
  date: string,
  evidence: Pick<WeekdayEvidence, 'past' | 'lastWeek'> & Partial<Pick<WeekdayEvidence, 'earlier'>>,
): string | null {
  if (evidence.lastWeek.size === 0) return null;
  for (const d of evidence.past) {
    if (!evidence.earlier?.has(d) && !bareDayFits(date, d))
      return `read from ${date}, the ${WEEKDAY_NAMES[d]} it tells without "last week" would fall in the week before, the week of the day it tells as last week's`;
  }
  return null;
}
