/**
 * A weekday a report tells as still ahead by its verb ("De zuurstofvoorraad raakt donderdagochtend
 * op", "the vote will take place on Thursday", "Am Donnerstag beginnt der Prozess") lies after the
 * day it was written: a report of that day itself tells it as today ("vandaag", "heute"). A sister
 * report dated that weekday tells news the report did not have yet: it was written before.
 */
import { daysBetween, shift } from './iso-day.ts';
import { pastDay } from './story-start.ts';
import type { Published } from './types.ts';
import { weekdayNote, type WeekdayEvidence } from './weekday-evidence.ts';
import { WEEKDAY_NAMES, weekdayOf } from './weekdays.ts';

const WEEK_DAYS = 7;

/** Why `date` cannot be the day a document was written, or null: the text tells its weekday as ahead. */
export function aheadConflict(date: string, evidence: Pick<WeekdayEvidence, 'ahead'>): string | null {
  const day = weekdayOf(date);
  return evidence.ahead.has(day)
    ? `the text tells ${WEEKDAY_NAMES[day]} as still ahead, and ${date} is that ${WEEKDAY_NAMES[day]}`
    : null;
}

/**
 * "Dat maakte het kantoor van president Macron maandagavond bekend. De noodtoestand … wordt
 * dinsdagochtend … beëindigd": a report that tells one weekday as past and another as ahead was
 * written between them, within a week. Read from `date`, the latest of the one and the next of
 * the other must lie no more than a week apart; else the day is too late for the past one (a
 * Monday evening's news a week old) or too early for the one ahead.
 */
export function pastAndAheadConflict(
  date: string,
  evidence: Pick<WeekdayEvidence, 'past' | 'ahead'>,
): string | null {
  if (evidence.ahead.size === 0 || evidence.past.size === 0) return null;
  const today = weekdayOf(date);
  for (const a of evidence.ahead) {
    const next = shift(date, (a - today + WEEK_DAYS) % WEEK_DAYS || WEEK_DAYS);
    for (const p of evidence.past) {
      const before = pastDay(date, p);
      if (daysBetween(before, next) > WEEK_DAYS)
        return `read from ${date}, the ${WEEKDAY_NAMES[p]} it tells as past (${before}) would fall more than a week before the ${WEEKDAY_NAMES[a]} it tells as ahead (${next})`;
    }
  }
  return null;
}

/**
 * The date of a report whose sister, dated `sister.date`, falls on a weekday the report tells as
 * ahead: the latest of the six days before it (within `month`, when given) that fits the report.
 * The reason says why the sister's day does not fit and this one does.
 */
export function dayBeforeAhead(
  sister: { id: string; date: string },
  month: string | undefined,
  evidence: WeekdayEvidence,
  conflictAt: (date: string) => string | null,
): (Published & { sister: string }) | undefined {
  const conflict = aheadConflict(sister.date, evidence);
  if (!conflict) return undefined;
  for (let k = 1; k < WEEK_DAYS; k++) {
    const date = shift(sister.date, -k);
    if (month && date.slice(0, 7) !== month) return undefined;
    if (conflictAt(date)) continue;
    return {
      date,
      precision: 'day',
      inferred: true,
      reason: `but ${conflict}: ${date} is the last day before it that fits${weekdayNote(date, evidence)}`,
      sister: sister.id,
    };
  }
  return undefined;
}
