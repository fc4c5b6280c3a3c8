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

const isDigit = (code: number) => code >= 48 && code <= 57;
const DIGITS_AT = [0, 1, 2, 3, 5, 6, 8, 9];

/** YYYY-MM-DD, read by hand: it is read for every expression that names a day. */
export function parseDay(iso: string): Day | null {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return null;
  for (let k = 0; k < DIGITS_AT.length; k++)
    if (!isDigit(iso.charCodeAt(DIGITS_AT[k] as number))) return null;
  const day = { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8)) };
  return isValidDay(day) ? day : null;
}

export function isValidDay({ y, m, d }: Day): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  // Counted for the usual years and months; Date, which reads years 0–99 as 1900–1999, for the rest.
  if (!Number.isInteger(y) || y < 100 || y > 9999 || !Number.isInteger(m) || m < 1 || m > 12)
    return new Date(Date.UTC(y, m, 0)).getUTCDate();
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] ?? 31);
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
