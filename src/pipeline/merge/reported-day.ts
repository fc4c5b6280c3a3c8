import type { EventCandidate } from '../candidates/event-candidate.ts';
import { DAY_LEVEL } from '../day-level.ts';
import { shift } from '../iso-day.ts';
import type { Published } from '../types.ts';

/** A document's publication date, by document id. */
export type PublishedOf = (document: string) => Published | undefined;

/** A TIMEX value that names a date, not "now" (PRESENT_REF) or a duration. */
const DATED = /^\d{4}-\d{2}-\d{2}/;

/** "As of Friday morning", "by Friday afternoon", "tot vrijdagochtend", "bis Freitag": a count up to then. */
const AS_OF_START = /^(?:as of|by|until|tot|bis|stand)(?!\p{L})/iu;
const AS_OF_END = /(?<!\p{L})(?:as of|by|until|tot|bis|stand)\s+$/iu;

/**
 * A verb that gives a count on a day, at most three words before the day: "said on Tuesday that
 * 749", "rose to 1,700 on Sunday", "sprak dinsdag nog van". A day further from it ("said 22 people
 * were killed in Tuesday's protests"), or without one ("killed on Friday"), is the happening's, and
 * its count may have been told days later.
 */
const SAID_BEFORE =
  /(?<!\p{L})(?:said|says|told|reported|announced|confirmed|rose|risen|climbed|zei|zeiden|zegt|meldde|meldden|meldt|sprak|bevestigde|steeg|gestegen|sagte|sagten|sagt|teilte|meldete|berichtete|sprach|bestätigte|stieg|gestiegen|erklärte)(?:\s+\S+){0,3}\s+$/iu;

/**
 * A count that stood at a number on a day ("On Wednesday evening the confirmed toll had stood at
 * 12", "het dodental stond dinsdag op 12", "die Zahl lag am Dienstag bei zwölf") was that day's,
 * wherever the day stands in the sentence.
 */
const STOOD_AT =
  /(?<!\p{L})(?:stood at|stands at|stond\s+(?:\S+\s+){0,2}op|lag\s+(?:\S+\s+){0,3}bei)\s+\S+/iu;

/**
 * "30 doden bevestigd, hetzelfde aantal als gisteren", "the same number as yesterday": the count
 * was given already the day before its report.
 */
const SAME_AS_YESTERDAY =
  /(?<!\p{L})(?:(?:the )?same (?:number|figure|count|toll) as yesterday|hetzelfde aantal als gisteren|evenveel als gisteren|dieselbe zahl wie gestern|genauso viele wie gestern)(?!\p{L})/iu;

/** Enough of the text before a time expression to hold the verb and the words after it. */
const BEFORE_CHARS = 60;

/** Whether the sentence's time expression dates the giving of its count rather than the happening. */
function datesCount(text: string, phrase: string): boolean {
  if (AS_OF_START.test(phrase) || STOOD_AT.test(text)) return true;
  const at = text.indexOf(phrase);
  if (at <= 0) return false;
  const before = text.slice(Math.max(0, at - BEFORE_CHARS), at);
  return AS_OF_END.test(before) || SAID_BEFORE.test(before);
}

/**
 * The day a sentence dates its own count to: "as of Friday morning", "said on Sunday". A night is
 * counted the morning after it; a wider span ("since the turn of the year") dates no day of report.
 */
export function sentenceDay(c: EventCandidate): string | undefined {
  const w = c.when;
  if (c.sentence.timeFrom !== 'own' || !DAY_LEVEL.has(w.precision) || !DATED.test(w.value)) return undefined;
  if (w.text === undefined || !datesCount(c.sentence.text, w.text)) return undefined;
  const start = w.start.slice(0, 10);
  const end = w.end.slice(0, 10);
  return start === end || (w.precision === 'part-of-day' && end === shift(start, 1)) ? end : undefined;
}

/**
 * The day a candidate's source reported its figures: the day its sentence dates the count to, else
 * the day before its document's publication for a count the same as yesterday's, else that
 * publication day; never after that publication day (a report cannot tell a count made after it).
 * Undefined where only a month is known.
 */
export function reportedDay(c: EventCandidate, publishedOf?: PublishedOf): string | undefined {
  const published = publishedOf?.(c.document);
  const publishedDay = published?.precision === 'day' ? published.date : undefined;
  const own = sentenceDay(c);
  if (own === undefined && publishedDay !== undefined && SAME_AS_YESTERDAY.test(c.sentence.text))
    return shift(publishedDay, -1);
  if (own === undefined) return publishedDay;
  return publishedDay !== undefined && publishedDay < own ? publishedDay : own;
}

/** The earliest day any of the candidates reported, undefined when none gives a day. */
export function earliestReported(
  members: readonly EventCandidate[],
  publishedOf?: PublishedOf,
): string | undefined {
  let earliest: string | undefined;
  for (const c of members) {
    const d = reportedDay(c, publishedOf);
    if (d !== undefined && (earliest === undefined || d < earliest)) earliest = d;
  }
  return earliest;
}

/** Values in the order they were reported, then by value; a value with no reported day comes last. */
export function byReported(
  a: { value: number; reported?: string },
  b: { value: number; reported?: string },
): number {
  if (a.reported !== b.reported) {
    if (a.reported === undefined) return 1;
    if (b.reported === undefined) return -1;
    return a.reported < b.reported ? -1 : 1;
  }
  return a.value - b.value;
}
