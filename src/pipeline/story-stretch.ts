import { daysBetween } from './iso-day.ts';
import { RELATED_STORY, type Sister } from './sisters.ts';

/** Days between two reports of one story, told one after the other, at most: weeks, not months. */
export const STORY_GAP_DAYS = 31;

/**
 * The sisters of the closest one's stretch of time: the related reports reached from it (the
 * first) by steps of at most STORY_GAP_DAYS, and any others within their days. In a folder of
 * several stories, a report shares a few names and figures ("President", "Moscow", "50") with
 * reports of other stories weeks or years apart: the story's first day, or the month of an undated
 * report, is read from reports of its own story, which follow one another near the one that shares
 * most with it. Order is kept.
 */
export function withinStretch(sisters: readonly Sister[]): readonly Sister[] {
  const closest = sisters[0];
  if (closest === undefined) return sisters;
  const days = sisters
    .filter((s) => s.score >= RELATED_STORY)
    .map((s) => s.date)
    .sort();
  let from = closest.date;
  let to = closest.date;
  for (
    let i = days.indexOf(closest.date);
    i > 0 && daysBetween(days[i - 1] as string, from) <= STORY_GAP_DAYS;
    i--
  )
    from = days[i - 1] as string;
  for (
    let i = days.lastIndexOf(closest.date);
    i >= 0 && i < days.length - 1 && daysBetween(to, days[i + 1] as string) <= STORY_GAP_DAYS;
    i++
  )
    to = days[i + 1] as string;
  const within = (s: Sister) => from <= s.date && s.date <= to;
  return sisters.every(within) ? sisters : sisters.filter(within);
}

/**
 * How far from the closest report another stretch of its story may lie: a recap on the
 * anniversary. Related reports years apart are, in a folder of several stories, another story's
 * that shares a few names (Haneda's collision and the Germanwings crash, Kakhovka and MH17).
 */
const ANNIVERSARY_DAYS = 400;

/**
 * The sisters of the next closest related report's stretch, when it lies outside the closest
 * one's and within about a year of it: read when the text cannot have been written on the closest
 * report's day. An undated report of a story's first days shares most with a recap a year on in its
 * own language ("Ein Jahr nach dem Anschlag"), which names the same people and places, yet was
 * written in the days the other reports tell. Order is kept; undefined when every related report
 * is of one stretch.
 */
export function nextStretch(sisters: readonly Sister[]): readonly Sister[] | undefined {
  const closest = sisters[0];
  if (closest === undefined) return undefined;
  const own = withinStretch(sisters);
  const next = sisters.find(
    (s) =>
      s.score >= RELATED_STORY &&
      !own.includes(s) &&
      Math.abs(daysBetween(s.date, closest.date)) <= ANNIVERSARY_DAYS,
  );
  if (next === undefined) return undefined;
  const kept = new Set(withinStretch([next, ...sisters.filter((s) => s !== next)]));
  return sisters.filter((s) => kept.has(s));
}
