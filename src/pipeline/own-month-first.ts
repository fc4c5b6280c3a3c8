/**
 * The reports of the same story a month-only report is read against, in the order they are tried.
 */
import { daysBetween, shift } from './iso-day.ts';
import type { Sister } from './sisters.ts';
import type { LanguageArticle } from './types.ts';
import { monthOf } from './year-reference.ts';

/** Days from a month-only report's month that make a closer report a recap of another season. */
const RECAP_DAYS = 90;

/**
 * A report that gives only its month ("date 2017-06") is of its month's reports rather than of a
 * recap a season away that shares more of its names ("six months on", of December): where the
 * closest report lies that far from every day of the month, the month's own reports come first.
 */
export function ownMonthFirst(
  all: readonly Sister[],
  hint: LanguageArticle['meta']['published'],
): readonly Sister[] {
  const closest = all[0];
  if (hint?.precision !== 'month' || closest === undefined) return all;
  const month = monthOf(hint.date);
  const first = `${month}-01`;
  const last = shift(`${monthOf(shift(first, 31))}-01`, -1);
  const apart = closest.date < first ? daysBetween(closest.date, first) : daysBetween(last, closest.date);
  if (apart < RECAP_DAYS) return all;
  const own = all.filter((s) => monthOf(s.date) === month);
  return own.length === 0 ? all : [...own, ...all.filter((s) => monthOf(s.date) !== month)];
}
