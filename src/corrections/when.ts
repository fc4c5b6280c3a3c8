import type { Precision, When } from '../schema/events.ts';
import type { DateFix } from './schema.ts';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO 8601 week ("2022-W01"): weeks start on Monday, week 1 holds the year's first Thursday. */
function isoWeek(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${pad(week)}`;
}

/** The TIMEX3 value an editor means by a start and a precision, when they give none. */
export function timexValue(start: string, precision: Precision): string {
  switch (precision) {
    case 'time':
      return start.length > 10 ? start : start.slice(0, 10);
    case 'week':
      return isoWeek(start);
    case 'month':
      return start.slice(0, 7);
    case 'year':
      return start.slice(0, 4);
    default:
      return start.slice(0, 10);
  }
}

/** The whole month or year around a day, for a precision made coarser without new dates. */
function widen(when: When): When {
  const [year = 0, month = 1] = when.start.slice(0, 10).split('-').map(Number);
  if (when.precision === 'year')
    return { ...when, start: `${pad(year, 4)}-01-01`, end: `${pad(year, 4)}-12-31` };
  if (when.precision === 'month') {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const ym = `${pad(year, 4)}-${pad(month)}`;
    return { ...when, start: `${ym}-01`, end: `${ym}-${pad(last)}` };
  }
  return when;
}

/**
 * An event's date after an editor's fix: given fields replace the extracted ones (end defaults to start),
 * the TIMEX3 value follows, and the confidence becomes 1 because a person checked it.
 */
export function fixWhen(when: When, fix: DateFix): When {
  let next: When = { ...when, confidence: 1 };
  if (fix.start) next = { ...next, start: fix.start, end: fix.end ?? fix.start };
  else if (fix.end) next = { ...next, end: fix.end };
  if (fix.precision) next = { ...next, precision: fix.precision };
  if (fix.precision && !fix.start && !fix.end) next = widen(next);
  if (fix.value) next = { ...next, value: fix.value };
  else if (fix.start || fix.precision) next = { ...next, value: timexValue(next.start, next.precision) };
  if (fix.text !== undefined) next = { ...next, text: fix.text };
  return next;
}
