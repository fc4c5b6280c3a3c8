/**
 * How the times of two candidates stand to each other, for the merge score (similarity.ts): whether
 * they meet, how many days lie between them, clock times and parts of the day told apart.
 */
import type { MergeFeatures } from './features.ts';
import { PART_HOURS } from './own-clock.ts';
/**
 * News of a night is told the morning after as that day's: "in der Nacht zum Mittwoch" and "on
 * Wednesday", "op 7 mei" date the same strikes as closely as one day named twice.
 */
export function nightBefore(a: MergeFeatures, b: MergeFeatures): boolean {
  return a.ofNight && b.wholeDay && b.startDayNumber === a.startDayNumber + 1;
}

/**
 * An evening and a night of one day are one time: English "Monday night" is often the Dutch
 * "maandagavond" ("One protester died in Minsk on Monday night", "Maandagavond kwam in Minsk een
 * betoger om het leven").
 */
export function sameLateDay(a: MergeFeatures, b: MergeFeatures): boolean {
  return a.lateDay !== '' && a.lateDay === b.lateDay;
}

/**
 * One article's "am Donnerstagabend" and "Am Freitag" are two days it told apart: the evening's
 * reach into the small hours joins it to the next day only where another article names that day.
 */
function eveningThenDay(a: MergeFeatures, b: MergeFeatures): boolean {
  return a.ofEvening && b.wholeDay && b.startDayNumber === a.startDayNumber + 1;
}

/**
 * A night or an evening reaches into the next day's small hours, but two of different days are
 * two: the first night's water cannon and the second night's ("voor de tweede nacht op rij"), the
 * riot of Tuesday evening and that of Wednesday evening ("Am Mittwochabend … erneut") do not meet.
 */
export function overlap(a: MergeFeatures, b: MergeFeatures): boolean {
  if (a.lateDay !== '' && b.lateDay !== '' && a.lateDay !== b.lateDay) return false;
  if (a.document === b.document && (eveningThenDay(a, b) || eveningThenDay(b, a))) return false;
  return a.startDayNumber <= b.reachDayNumber && b.startDayNumber <= a.reachDayNumber;
}

export const CLOCK_APART_MINUTES = 60;

const DAY_MINUTES = 1440;

function outside(clock: number, part: MergeFeatures): boolean {
  return clock < part.partFrom - CLOCK_APART_MINUTES || clock > part.partTo + CLOCK_APART_MINUTES;
}

/** "2014-07-17T16:20": a day and a clock time, to the minute. */
const CLOCK_VALUE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
/** "2014-07-17TAF": a day and a part of it. */
const PART_VALUE = /^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$/;

/**
 * A clock time of the day the other's part of it holds: "rond 16.20 uur" and "am
 * Donnerstagnachmittag" are one time, once finer and once coarser, as much as one value twice;
 * whether the sentence gave the clock time or borrowed it from the one before.
 */
export function clockInPart(a: MergeFeatures, b: MergeFeatures): boolean {
  if (a.value.length !== 16 || b.value.length !== 13) return false;
  const clock = CLOCK_VALUE.exec(a.value);
  const part = clock && PART_VALUE.exec(b.value);
  const hours = part && part[1] === clock[1] ? PART_HOURS[part[2] as string] : undefined;
  if (!clock || !hours) return false;
  const hour = Number(clock[2]) + Number(clock[3]) / 60;
  return hour >= hours[0] && hour <= hours[1];
}

/**
 * A clock time a live entry lent its news and that news's day told by another report: "Die ersten
 * russischen Fallschirmjäger sind in Kasachstan gelandet" under "11:05 Uhr" and "Bereits gestern
 * waren … gelandet" a day later are one landing. The entry's clock is only the latest it happened
 * by, so the day a report's own words give holds it as much as one value twice; a clock a sentence
 * gives itself is not so loose, nor a day borrowed from context.
 */
export function borrowedClockOnDay(a: MergeFeatures, b: MergeFeatures): boolean {
  return (
    !a.own &&
    b.ownDated &&
    a.value.length === 16 &&
    b.value.length === 10 &&
    a.value.startsWith(`${b.value}T`)
  );
}

/**
 * A clock time this far outside a part of the day ("1 a.m.", "Wednesday evening") is another time.
 * Another outlet's midnight may be the day's start or its end (a curfew "from midnight" is that
 * evening's); one article's "after midnight" and "Wednesday evening" are two times it told apart.
 */
function outsidePart(clock: number, part: MergeFeatures, sameArticle: boolean): boolean {
  return (
    outside(clock, part) && (sameArticle || clock % DAY_MINUTES !== 0 || outside(clock + DAY_MINUTES, part))
  );
}

/** Two clock times an hour or more apart, or a clock time well outside the other's part of the day. */
export function timesApart(a: MergeFeatures, b: MergeFeatures): boolean {
  const same = a.document === b.document;
  return (
    Math.abs(a.clock - b.clock) > CLOCK_APART_MINUTES ||
    outsidePart(a.clock, b, same) ||
    outsidePart(b.clock, a, same)
  );
}

/**
 * `a` is known only to lie before its article's publication, and `b` starts after that: a report
 * cannot tell of what happened after it was published (two stories' cancelled flights).
 */
export function afterReport(a: MergeFeatures, b: MergeFeatures): boolean {
  return a.beforePublication && (b.startDayNumber > a.endDayNumber || countOfLaterNight(a, b));
}

/**
 * A count made before its article was published does not count the night that began on its day
 * of publication: "43 people had been detained" in Friday's report and "107 mensen aangehouden" on
 * the second night, Friday's, are two nights' arrests. News counts a night the morning after.
 */
function countOfLaterNight(a: MergeFeatures, b: MergeFeatures): boolean {
  return (
    b.ofNight && b.startDayNumber === a.endDayNumber && a.figureCounts.length > 0 && b.figureCounts.length > 0
  );
}

/**
 * Days this far apart hold two happenings, whatever else the reports share: the same tally on
 * neighbouring days may be one report repeated, six dead in Slovenia in August and six missing in
 * Baltimore in March are two.
 */
export const MAX_DAYS_APART = 7;

export function daysApart(a: MergeFeatures, b: MergeFeatures): number {
  return a.endDayNumber < b.startDayNumber
    ? b.startDayNumber - a.endDayNumber
    : a.startDayNumber - b.endDayNumber;
}

/**
 * `a` took its day from the sentence before it ("In Pacific Palisades stonden brandkranen droog",
 * after "Newsom heeft gisteren een onderzoek gelast"), `b` in another report names its own, and
 * `a`'s day comes within a week after it: a borrowed day says only that `a` was told later.
 */
export function borrowedLater(a: MergeFeatures, b: MergeFeatures): boolean {
  return (
    !a.worded &&
    a.dated &&
    b.ownDated &&
    a.document !== b.document &&
    a.startDayNumber >= b.endDayNumber &&
    a.startDayNumber - b.endDayNumber <= MAX_DAYS_APART
  );
}

/**
 * A time to hold against another's: a day (the sentence's own or its paragraph's), or a year or month
 * the sentence names itself ("in 2014"), which no day years later can meet.
 */
function isTimed(f: MergeFeatures): boolean {
  return f.dated || f.ownDated;
}

export function bothTimed(a: MergeFeatures, b: MergeFeatures): boolean {
  return isTimed(a) && isTimed(b);
}

/**
 * A running tally counts the dead of the weeks before its report, never those of a year or month a
 * background sentence dates itself to ("In 1999 an earthquake … killed more than 17,000" against
 * "die Zahl der Toten ist auf mehr als 17.000 gestiegen").
 */
export function talliedAgainst(a: MergeFeatures, b: MergeFeatures): boolean {
  return (a.tally && b.ownDated && b.coarse) || (b.tally && a.ownDated && a.coarse);
}

/**
 * Known only to a week or so ("Vorige week bezocht Macron … Hij beloofde toen"): words are said at
 * one time, and such a time meets every statement of its days, so it says nothing of which.
 */
export function spansDays(f: MergeFeatures): boolean {
  return f.endDayNumber - f.startDayNumber > 1;
}

/** Both sentences date themselves to one month, and to no day of it ("early July"; not "last year"). */
export function sameOwnMonth(a: MergeFeatures, b: MergeFeatures): boolean {
  // Both read whatever the first holds: V8 compiles the merge's score before most pairs of it are seen.
  return a.ownMonth === b.ownMonth && a.ownMonth !== '';
}
