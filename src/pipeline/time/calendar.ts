/**
 * Calendar arithmetic on plain calendar days (no time zone, no clock): the pipeline resolves
 * expressions against a publication *day*, so every computation stays in UTC-midnight epoch days.
 */

/** A calendar day. `m` is 1-based. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function parseDay(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const day = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return isValidDay(day) ? day : null;
}

export function isValidDay({ y, m, d }: Day): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toEpoch({ y, m, d }: Day): number {
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromEpoch(epochDay: number): Day {
  const date = new Date(epochDay * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromEpoch(toEpoch(day) + n);
}

export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export function diffDays(a: Day, b: Day): number {
  return toEpoch(a) - toEpoch(b);
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay. */
export function weekday(day: Day): number {
  return (((toEpoch(day) + 4) % 7) + 7) % 7;
}

/** Monday of the ISO week containing `day`. */
export function mondayOf(day: Day): Day {
  return addDays(day, -((weekday(day) + 6) % 7));
}

/** ISO 8601 week-numbering year and week of `day`. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(mondayOf(day), 3);
  const firstThursdayMonday = mondayOf(addDays({ y: thursday.y, m: 1, d: 4 }, 0));
  return { year: thursday.y, week: Math.floor(diffDays(thursday, firstThursdayMonday) / 7) + 1 };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatDay({ y, m, d }: Day): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function formatWeek(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function lastDayOfMonth(y: number, m: number): Day {
  return { y, m, d: daysInMonth(y, m) };
}

export function compareDays(a: Day, b: Day): number {
  return toEpoch(a) - toEpoch(b);
}
