/**
 * An article dated only to its month tells "on Tuesday" without saying which Tuesday, so its
 * weekdays stay at month precision. Where one of its happenings told by weekday joins a happening
 * the other sources date to a day of that weekday, the day fixes the days the article can have
 * been written on; a weekday it tells elsewhere gets a day only when it reads as the same day from
 * each of them. A day is never guessed: without such a happening, or where the possible days
 * read a weekday differently, month precision stays.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { DAY_LEVEL } from '../day-level.ts';
import { extractTimexes } from '../time/extract.ts';
import { addDays, formatDay, parseDay } from '../time/calendar.ts';
import type { Timex, When } from '../types.ts';
import { ANY_WEEKDAY_NAME, WEEKDAY_NAME_TESTS, weekdayMentions, weekdayOf } from '../weekdays.ts';
import { ownTime } from './when.ts';

/** A weekday told as past or ahead lies within a week of the day it is told on. */
const WEEK = 7;
/** A day read off a weekday of an article whose own day is only bounded: below a day read directly. */
const CONFIDENCE = 0.6;

/** A weekday left at month precision because the article gives only its month. */
function monthWeekday(c: EventCandidate): boolean {
  const text = c.when.text;
  return c.when.precision === 'month' && text !== undefined && ANY_WEEKDAY_NAME.test(text) && ownTime(c);
}

/** A sentence's time expressions read as if published on `dct`. */
type Reader = (c: EventCandidate, dct: string) => Timex[];

/**
 * Reads each sentence once per day: the weekday that fixes an article's days is read again on
 * those days for its own time.
 */
function reader(): Reader {
  const read = new Map<EventCandidate, Map<string, Timex[]>>();
  return (c, dct) => {
    let byDay = read.get(c);
    if (!byDay) read.set(c, (byDay = new Map()));
    let timexes = byDay.get(dct);
    if (!timexes) byDay.set(dct, (timexes = extractTimexes(c.sentence.text, { lang: c.language, dct })));
    return timexes;
  };
}

/** The expression the candidate's time was read from, read again as if published on `dct`. */
function readAgain(read: Reader, c: EventCandidate, dct: string): Timex | undefined {
  const text = c.when.text ?? '';
  return read(c, dct).find((t) => t.text.length > 0 && text.endsWith(t.text));
}

/** The one day the day-dated members of a cluster agree on, if they do. */
function clusterDay(members: readonly EventCandidate[]): string | undefined {
  let day: string | undefined;
  for (const c of members) {
    if (!DAY_LEVEL.has(c.when.precision) || !ownTime(c)) continue;
    const d = c.when.start.slice(0, 10);
    if (day !== undefined && d !== day) return undefined;
    day = d;
  }
  return day;
}

function daysAround(day: string): string[] {
  const d = parseDay(day);
  if (!d) return [];
  const days: string[] = [];
  for (let n = -WEEK; n <= WEEK; n++) days.push(formatDay(addDays(d, n)));
  return days;
}

/**
 * Whether the sentence, read as if published on `dct`, names `day` by a weekday: "who was arrested
 * on Tuesday morning, was ordered by a court on Thursday" names the Tuesday of the arrest, though
 * its time is the court's Thursday.
 */
function namesDay(read: Reader, c: EventCandidate, dct: string, day: string): boolean {
  return read(c, dct).some(
    (t) => t.interval?.start.slice(0, 10) === day && weekdayMentions(t.text).length > 0,
  );
}

/** Per document: the days it can have been written on, from its weekdays that joined a dated happening. */
function writtenOn(clusters: readonly (readonly EventCandidate[])[], read: Reader): Map<string, Set<string>> {
  const possible = new Map<string, Set<string>>();
  for (const members of clusters) {
    if (!members.some(monthWeekday)) continue;
    const day = clusterDay(members);
    if (day === undefined) continue;
    for (const c of members) {
      if (!monthWeekday(c) || day < c.when.start.slice(0, 10) || day > c.when.end.slice(0, 10)) continue;
      // Cheap first: the sentence must name the weekday of the day before it is read again.
      if (!(WEEKDAY_NAME_TESTS[weekdayOf(day)] as RegExp).test(c.sentence.text)) continue;
      const fit = new Set(daysAround(day).filter((p) => namesDay(read, c, p, day)));
      // A sentence that names no weekday of the day tells nothing of its article's week.
      if (fit.size === 0) continue;
      const known = possible.get(c.document);
      possible.set(c.document, known ? new Set([...known].filter((p) => fit.has(p))) : fit);
    }
  }
  return possible;
}

/** The candidate's time when every day its article can have been written on reads it alike. */
function fixedWhen(read: Reader, c: EventCandidate, days: ReadonlySet<string>): When | undefined {
  let found: Timex | undefined;
  for (const p of days) {
    const t = readAgain(read, c, p);
    if (!t?.interval || (found && t.value !== found.value)) return undefined;
    found = t;
  }
  if (!found?.interval) return undefined;
  return {
    start: found.interval.start,
    end: found.interval.end,
    precision: found.precision,
    value: found.value,
    text: c.when.text ?? found.text,
    confidence: CONFIDENCE,
  };
}

/**
 * The weekdays of month-dated articles given a day where the article's week is fixed: each such
 * candidate mapped to a copy with its new time (none in most corpora). A day that agrees with the
 * day the other sources give its happening was found through them, so it counts as taken from
 * context: it neither outvotes their finer time ("6:15 p.m.") nor disagrees with it.
 */
export function fixWeeks(
  clusters: readonly (readonly EventCandidate[])[],
): Map<EventCandidate, EventCandidate> {
  const fixed = new Map<EventCandidate, EventCandidate>();
  const read = reader();
  const possible = writtenOn(clusters, read);
  if (possible.size === 0) return fixed;
  for (const members of clusters) {
    let day: string | null | undefined;
    for (const c of members) {
      const days = possible.get(c.document);
      if (!days || days.size === 0 || !monthWeekday(c)) continue;
      const when = fixedWhen(read, c, days);
      if (!when) continue;
      day ??= clusterDay(members) ?? null;
      const found = when.start.slice(0, 10) === day;
      fixed.set(c, found ? { ...c, when, sentence: { ...c.sentence, timeFrom: 'context' } } : { ...c, when });
    }
  }
  return fixed;
}
