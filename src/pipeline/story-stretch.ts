import { namedDays } from './date-mentions.ts';
import { daysBetween } from './iso-day.ts';
import { RELATED_STORY, type Sister } from './sisters.ts';
import type { LanguageArticle } from './types.ts';

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

/** How near a day a recap names by its date must lie to a report of the stretch it looks back on. */
const RECOUNTED_DAYS = 7;

/**
 * Whether `named` (namedDays in date-mentions.ts: "2016-12-19", or "06-14" without a year, read in
 * the year of `date`) holds a day within a week of `date`: a recap six months or a year on tells
 * the days of the stretch it looks back on by their dates ("am 19. Dezember 2016", "on 14 June").
 */
export function recountsDay(named: readonly string[], date: string): boolean {
  return named.some(
    (day) =>
      Math.abs(daysBetween(day.length === 5 ? `${date.slice(0, 4)}-${day}` : day, date)) <= RECOUNTED_DAYS,
  );
}

/**
 * nextStretch's `recounts` for the reports `reportOf` finds: whether any report of the closest
 * sister (a same-day sister names several, "a and b") names a day near the other's. Each report's
 * days are read once.
 */
export function recountedBy(
  reportOf: (id: string) => LanguageArticle | undefined,
): (closest: Sister, other: Sister) => boolean {
  const named = new Map<string, string[]>();
  return (closest, other) =>
    closest.id.split(' and ').some((id) => {
      let days = named.get(id);
      if (days === undefined) {
        const report = reportOf(id);
        days = report ? namedDays(report) : [];
        named.set(id, days);
      }
      return recountsDay(days, other.date);
    });
}

/**
 * The sisters of the next closest related report's stretch, when it lies outside the closest
 * one's, within about a year of it, and the closest report recounts it (`recounts`: it names a
 * day of it by its date, recountsDay): read when the text cannot have been written on the closest
 * report's day. An undated report of a story's first days shares most with a recap a year on in its
 * own language ("Ein Jahr nach dem Anschlag"), which names the same people and places, yet was
 * written in the days the other reports tell. In a folder of many stories a report months off that
 * shares a few words with the undated one ("Airlines", "Indian") but is not recounted by the
 * closest report is another story's: Haneda's collision of January 2024 is not read in Sudan's
 * evacuation of April 2023, nor Air India's crash in Pahalgam's attack. Order is kept; undefined
 * when no other stretch is recounted.
 */
export function nextStretch(
  sisters: readonly Sister[],
  recounts: (closest: Sister, other: Sister) => boolean = () => true,
): readonly Sister[] | undefined {
  const closest = sisters[0];
  if (closest === undefined) return undefined;
  const own = withinStretch(sisters);
  const next = sisters.find(
    (s) =>
      s.score >= RELATED_STORY &&
      !own.includes(s) &&
      Math.abs(daysBetween(s.date, closest.date)) <= ANNIVERSARY_DAYS &&
      recounts(closest, s),
  );
  if (next === undefined) return undefined;
  const kept = new Set(withinStretch([next, ...sisters.filter((s) => s !== next)]));
  return sisters.filter((s) => kept.has(s));
}
