/**
 * The first day of a story, as the dated documents telling it put it, and whether a date for an
 * undated document would tell part of that story before it began.
 */
import { shift } from './iso-day.ts';
import type { WeekdayEvidence } from './weekday-evidence.ts';
import { WEEKDAY_NAMES, weekdayOf } from './weekdays.ts';

/** The day weekday `day` told as past stands for, in the week up to `date` (the day itself included). */
export function pastDay(date: string, day: number): string {
  return shift(date, -((weekdayOf(date) - day + 7) % 7));
}

/** The days the weekdays told as past stand for, each in the week up to `date`. */
function pastDays(date: string, evidence: Pick<WeekdayEvidence, 'past'>): Map<number, string> {
  const days = new Map<number, string>();
  for (const d of evidence.past) days.set(d, pastDay(date, d));
  return days;
}

/** The earliest day a dated document tells as past by a weekday or as yesterday, or undefined without one. */
export function earliestTold(
  date: string,
  evidence: Pick<WeekdayEvidence, 'past'> & Partial<Pick<WeekdayEvidence, 'yesterday'>>,
): string | undefined {
  let earliest = evidence.yesterday ? shift(date, -1) : undefined;
  for (const day of pastDays(date, evidence).values()) if (!earliest || day < earliest) earliest = day;
  return earliest;
}

/**
 * Why `date` cannot be the day a document was written, or null. Read from it, the document would
 * tell the story's first day by its weekday but other weekdays before that day ("de mijn stortte
 * maandag in … vrijdag nationale rouw" in a Wednesday would put the mourning before the collapse),
 * or tell two or more weekdays that all fall before the story began: a report of that story is
 * then one written a week later. A document telling some days of the story and others before
 * its first day, without naming that day, may tell of what led up to it. A document that tells a
 * day of the story by its date (`namedByDate`: "die op 2 januari om het leven kwamen … zaterdag
 * herdacht") tells no weekday before the story either, one weekday or more.
 */
export function beforeStoryStart(
  date: string,
  evidence: Pick<WeekdayEvidence, 'past'>,
  start: string,
  namedByDate = false,
): string | null {
  const days = pastDays(date, evidence);
  const early = [...days].filter(([, day]) => day < start).map(([d]) => WEEKDAY_NAMES[d]);
  if (early.length === 0) return null;
  const all = early.length === days.size;
  if (!namedByDate && days.get(weekdayOf(start)) !== start && !(all && days.size > 1)) return null;
  return `read from ${date}, the ${early.join(' and ')} it tells would ${all && days.size > 1 ? 'all ' : ''}fall before the story began on ${WEEKDAY_NAMES[weekdayOf(start)]} ${start}`;
}

/**
 * The earliest day a document naming the story's first day by its weekday can have been written
 * on, read so that every weekday it tells as past falls on or after that first day: the day of
 * the last of them ("maandag" the collapse, "donderdag" the last bodies, "vrijdag" the mourning
 * give that Friday), or the day after it when the text tells that weekday as the start of what
 * still goes on ("sinds dinsdag geëvacueerd": written after that Tuesday). Any later day of that
 * week reads them the same. Undefined unless the document names the first day's weekday and at
 * least one other.
 */
export function earliestInStory(
  evidence: Pick<WeekdayEvidence, 'past'> & Partial<Pick<WeekdayEvidence, 'since'>>,
  start: string,
): string | undefined {
  const first = weekdayOf(start);
  if (evidence.past.size < 2 || !evidence.past.has(first)) return undefined;
  let last = 0;
  for (const d of evidence.past)
    last = Math.max(last, ((d - first + 7) % 7) + (evidence.since?.has(d) ? 1 : 0));
  return shift(start, last);
}

/**
 * For a document that tells two or more weekdays as past but not the story's first: the earliest
 * day they all fall on or after that first day, when it lies on or after every related dated
 * report's day. Written after all of them ("donderdag" the measures, "maandag" the visit, "vorige
 * week" the attack), it is read in the story's first week; were a related report dated later, a
 * later week would fit as well, and nothing is inferred.
 */
export function afterEveryReport(
  evidence: Pick<WeekdayEvidence, 'past'> & Partial<Pick<WeekdayEvidence, 'since'>>,
  start: string,
  relatedDays: readonly string[],
): string | undefined {
  if (evidence.past.size < 2 || relatedDays.length === 0) return undefined;
  const date = earliestInStory({ ...evidence, past: new Set([...evidence.past, weekdayOf(start)]) }, start);
  return date && relatedDays.every((day) => day <= date) ? date : undefined;
}

const WEEK_DAYS = 7;

/** The day weekday `day` stands for in the calendar week (Monday to Sunday) before that of `date`. */
export function lastWeekDay(date: string, day: number): string {
  const monday = shift(date, -((weekdayOf(date) + 6) % 7));
  return shift(monday, ((day + 6) % 7) - WEEK_DAYS);
}

/**
 * Why `date` cannot be the day a document was written, or null: it tells the story's first day by
 * its weekday as one of the week before ("kwam vorige week woensdag om het leven"), and read from
 * `date` that day falls before the story began.
 */
export function lastWeekBeforeStart(
  date: string,
  evidence: Pick<WeekdayEvidence, 'lastWeek' | 'past' | 'weekBefore'>,
  start: string,
): string | null {
  const first = weekdayOf(start);
  if (evidence.lastWeek.has(first) && lastWeekDay(date, first) < start)
    return `read from ${date}, the ${WEEKDAY_NAMES[first]} of the week before it tells would fall before the story began on ${WEEKDAY_NAMES[first]} ${start}`;
  // Last week and every weekday told all before the story began: like two weekdays that all do
  // (see beforeStoryStart), the report is one of a later week.
  const days = [...pastDays(date, evidence).values()];
  if (
    !evidence.weekBefore ||
    days.length === 0 ||
    lastWeekDay(date, 0) >= start ||
    days.some((d) => d >= start)
  )
    return null;
  return `read from ${date}, the last week and the ${[...evidence.past].map((d) => WEEKDAY_NAMES[d]).join(' and ')} it tells would all fall before the story began on ${WEEKDAY_NAMES[first]} ${start}`;
}

/**
 * The earliest day a document telling the story's first day as a weekday of the week before, or
 * what happened as last week beside weekdays, can have been written on: in the week after the
 * first day's, once every weekday it tells as past falls on or after that first day ("vorige week
 * woensdag" the crash, "dinsdag" the burial give the Tuesday after), on a day `fits` allows.
 */
export function earliestWeekAfter(
  evidence: Pick<WeekdayEvidence, 'past' | 'lastWeek' | 'weekBefore'>,
  start: string,
  fits: (date: string) => boolean = () => true,
): string | undefined {
  const first = weekdayOf(start);
  if (!evidence.lastWeek.has(first) && !(evidence.weekBefore && evidence.past.size > 0)) return undefined;
  const monday = shift(start, WEEK_DAYS - ((first + 6) % 7));
  for (let i = 0; i < WEEK_DAYS; i++) {
    const date = shift(monday, i);
    if ([...evidence.past].every((d) => pastDay(date, d) >= start) && fits(date)) return date;
  }
  return undefined;
}
