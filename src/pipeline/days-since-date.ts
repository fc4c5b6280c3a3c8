/**
 * "more than three weeks after they erupted on Jan. 7", "24 days after the fires broke out on 7
 * January", "drie weken na de branden van 7 januari", "drei Wochen nach dem Ausbruch am 7. Januar":
 * a report that counts days or weeks since a day it names by its date was written at least that
 * long after that day.
 */
import { monthNumber } from './date-mentions.ts';
import { shift } from './iso-day.ts';
import { CARDINAL_UNITS } from './number-words.ts';
import { pastDay } from './story-start.ts';
import { weekdayNumber } from './weekdays.ts';

export interface CountedSince {
  /** The day counted from, without its year: "01-07". */
  monthDay: string;
  /** The days counted since it. */
  days: number;
  /** The weekday the counting sentence tells what it counts to ("contained on Friday, three weeks after …"). */
  weekday?: number;
  /** The weekday named with the day counted from ("van zondag 1 oktober"): not the one counted to. */
  fromWeekday?: number;
}

/** A count of days or weeks, "after" or "since" and what follows in the sentence. */
const SINCE =
  /(?<!\p{L})(\d{1,2}|\p{L}+)\s+(days?|weeks?|dag|dagen|weken|Tag|Tage|Tagen|Wochen?)\s+(?:after|since|na|sinds|nach|seit)(?!\p{L})([^;]{0,120})/iu;

/** "Jan. 7", "January 7", "7 januari", "7. Januar". */
const DATE = /(?<![\p{L}\d])(?:(\d{1,2})\.?\s+(\p{L}{3,9})|(\p{L}{3,9})\.?\s+(\d{1,2}))(?![\p{L}\d])/gu;

/** The article "a" and its German forms count one, as "one", "een", "einen" do ("Een dag na …"). */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ...Object.values(CARDINAL_UNITS).flatMap((words) => Object.entries(words)),
  ['a', 1],
  ['an', 1],
  ['einen', 1],
]);

/** The weekday named right before a date ("zondag 1 oktober", "Sunday, Oct. 1", "Sonntag, dem 1. Oktober"). */
const WEEKDAY_BEFORE = /(\p{L}+),?\s+(?:dem\s+)?$/u;

/** The weekday named right before the text's end, or undefined. */
function weekdayBefore(text: string): number | undefined {
  const word = WEEKDAY_BEFORE.exec(text)?.[1]?.toLowerCase();
  return word === undefined ? undefined : weekdayNumber(word);
}

/** The first date the text after the count names: "01-07" with the weekday named with it, or undefined. */
function dateIn(text: string): { monthDay: string; weekday?: number } | undefined {
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const word = m[2] ?? m[3] ?? '';
    // "20 may have died": the English verbs "may" and "march" are months only when capitalised.
    if (word === 'may' || word === 'march') continue;
    const month = monthNumber(word);
    const day = Number(m[1] ?? m[4]);
    if (month !== undefined && day >= 1 && day <= 31) {
      const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const weekday = weekdayBefore(text.slice(0, m.index));
      return weekday === undefined ? { monthDay } : { monthDay, weekday };
    }
    // "van 7 januari": a word before the day is no month, and the day may open a date of its own.
    DATE.lastIndex = m.index + 1;
  }
  return undefined;
}

/** The count since a dated day that a sentence tells, or undefined. */
export function countedSince(text: string): CountedSince | undefined {
  // A date needs its digits: most sentences have none.
  if (!/\d/.test(text)) return undefined;
  const m = SINCE.exec(text);
  if (!m) return undefined;
  const [, count = '', unit = '', rest = ''] = m;
  const n = /^\d+$/.test(count) ? Number(count) : COUNT_WORDS.get(count.toLowerCase());
  const date = n === undefined ? undefined : dateIn(rest);
  if (n === undefined || date === undefined) return undefined;
  const days = n * (/^(?:week|wek|woche)/i.test(unit) ? 7 : 1);
  return date.weekday === undefined
    ? { monthDay: date.monthDay, days }
    : { monthDay: date.monthDay, days, fromWeekday: date.weekday };
}

/** The earliest day the report can have been written on, read in the year of `near` (or the one before). */
export function earliestDay(since: CountedSince, near: string): string {
  const year = Number(near.slice(0, 4));
  const from = `${year}-${since.monthDay}`;
  return shift(from > near ? `${year - 1}-${since.monthDay}` : from, since.days);
}

/**
 * Whether the report cannot have been written on `day`: the days it counts have not passed, or
 * the weekday it counts them to, read from that day, comes before they have.
 */
export function countedConflict(since: CountedSince, day: string): boolean {
  const earliest = earliestDay(since, day);
  return day < earliest || (since.weekday !== undefined && pastDay(day, since.weekday) < earliest);
}
