/**
 * Where the sources disagree on when: different days or spans given by sentences that state their
 * own ("on Saturday" and "earlier this week"). "Friday" and "Friday morning" name the same day:
 * they are no disagreement, and where others disagree with them they are one value.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { Conflict, Source } from '../../schema/events.ts';
import type { When } from '../types.ts';
import { compareText } from '../compare-text.ts';
import { shift } from '../iso-day.ts';
import { holdsBeginning } from './began-span.ts';
import { uniqueSources } from './sources.ts';
import { calendarHolds, combineWhen, datesHappening, readings, runsInto, type Reading } from './when.ts';

/** The days a time runs over: a day and the hours in it share them, a night runs into the next. */
function daysOf(when: When): string {
  return `${when.start.slice(0, 10)}/${when.end.slice(0, 10)}`;
}

/**
 * The `when` conflict of an event's members, where they give two or more spans of days: one value
 * per span, the finest time of it the event's date would take ("Monday morning" over "Monday"),
 * cited by all the sentences that give that span. Undefined where they agree.
 */
export function whenConflict(
  members: readonly EventCandidate[],
  sourceOf: (c: EventCandidate) => Source,
  order: (a: Source, b: Source) => number,
): Conflict | undefined {
  // One sentence gives one time: it cannot disagree with itself.
  if (members.length < 2) return undefined;
  const all = readings(members.filter(datesHappening));
  // An evening told beside a time in the small hours after it is one account, the finer one's:
  // "am Dienstagabend" and "after midnight" do not disagree.
  // So does a month or a year beside a day in it, and a night told beside the day it runs into:
  // "in der Nacht zum Freitag" and "on Friday".
  // So does a span holding the day a happening began ("since the turn of the year", "since the
  // protests started last Sunday"): it tells the happening going on from that day.
  const began = all.filter((r) => r.members.some((c) => c.began));
  const dated = all.filter(
    (r) =>
      !all.some(
        (o) =>
          o !== r &&
          (runsInto(r.when, o.when) ||
            calendarHolds(r.when, o.when) ||
            nightBefore(r.when, o.when) ||
            midnightBefore(r.when, o.when)),
      ) && !(began.length > 0 && !began.includes(r) && began.every((b) => holdsBeginning(r.when, b.when))),
  );
  const byDays = new Map<string, EventCandidate[]>();
  for (const r of dated) {
    const key = daysOf(r.when);
    const list = byDays.get(key);
    if (list) list.push(...r.members);
    else byDays.set(key, [...r.members]);
  }
  if (byDays.size < 2) return clockConflict(dated, sourceOf, order);
  return {
    field: 'when',
    values: [...byDays.values()]
      .map((cs) => ({ when: combineWhen(cs), cs }))
      .sort((a, b) => compareText(a.when.start, b.when.start) || compareText(a.when.value, b.when.value))
      .map(({ when, cs }) => ({ value: valueOf(when), sources: uniqueSources(cs.map(sourceOf), order) })),
  };
}

/** "2010-07-24T16:30": a day and a clock time, to the minute. */
const CLOCK = /^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})$/;

/** A live entry's label the sentence opens with ("23.15 uur | …", "18:50 – …"): when it was posted. */
const ENTRY_LABEL = /^\s*\d{1,2}[:.]\d{2}(?:\s*(?:uur|Uhr|h))?\s*[|–—-]/u;

/** A time expression that tells a clock time, not a span of hours ("twaalf uur" read as twelve hours). */
const TOLD_CLOCK = /\d|noon|midnight|middernacht|mitternacht/iu;

/** Words that give a clock time as roughly that time ("around 8 a.m.", "gegen 17 Uhr", "rond 9 uur"). */
const ROUGHLY =
  /(?<!\p{L})(?:around|about|approximately|roughly|shortly|just|rond|omstreeks|ongeveer|circa|tegen|kort|gegen|etwa|ungefähr|kurz|rund)(?:\s+(?:after|before|na|voor|nach|vor))?\s+$/iu;

/** Minutes a rough time may lie from another without disagreeing with it: "gegen 8 Uhr" and 7:58. */
const ROUGH_MINUTES = 10;

interface Clock {
  minutes: number;
  rough: boolean;
  reading: Reading;
}

/**
 * The clock time a candidate's own words give, and whether they give it roughly; none for a live
 * entry's label or a time the sentence borrows from its context.
 */
function clockOf(c: EventCandidate, reading: Reading): Clock | undefined {
  const m = CLOCK.exec(c.when.value);
  if (!m || c.sentence.timeFrom !== 'own' || ENTRY_LABEL.test(c.sentence.text)) return undefined;
  const at = c.when.text === undefined ? -1 : c.sentence.text.indexOf(c.when.text);
  if (at < 0 || !TOLD_CLOCK.test(c.when.text ?? '')) return undefined;
  const rough = at > 0 && ROUGHLY.test(c.sentence.text.slice(Math.max(0, at - 24), at));
  return { minutes: Number(m[1]) * 60 + Number(m[2]), rough, reading };
}

/** Two clocks of different reports that cannot be one time, however roughly either is told. */
function disagree(a: Clock, b: Clock): boolean {
  const apart = Math.abs(a.minutes - b.minutes);
  if (apart === 0 || ((a.rough || b.rough) && apart <= ROUGH_MINUTES)) return false;
  const documents = new Set(a.reading.members.map((c) => c.document));
  return b.reading.members.some((c) => !documents.has(c.document));
}

/**
 * Where sources agree on the day but give it different clock times ("surrendered at 18:35, not at
 * 18:27"): one value per time its reports' own words give. One report's two times tell two moments
 * of what it tells, and a rough time near another ("Gegen 8 Uhr", "at 7:58 a.m.") is that time.
 */
function clockConflict(
  dated: readonly Reading[],
  sourceOf: (c: EventCandidate) => Source,
  order: (a: Source, b: Source) => number,
): Conflict | undefined {
  const clocks = dated.flatMap((r) => r.members.map((c) => clockOf(c, r)).filter((k) => k !== undefined));
  if (!clocks.some((a, i) => clocks.slice(i + 1).some((b) => disagree(a, b) || disagree(b, a))))
    return undefined;
  const told = [...new Set(clocks.map((k) => k.reading))];
  return {
    field: 'when',
    values: told
      .sort((a, b) => compareText(a.when.value, b.when.value))
      .map((r) => ({ value: r.when.value, sources: uniqueSources(r.members.map(sourceOf), order) })),
  };
}

const NIGHT = /^(\d{4}-\d{2}-\d{2})TNI$/;

/**
 * Whether `night` is the night before the one day `day` tells: its news is that day's. Not a part
 * of that day ("Monday evening" may be a second leak after the night's first), nor another night.
 */
function nightBefore(night: When, day: When): boolean {
  const from = NIGHT.exec(night.value)?.[1];
  const on = day.start.slice(0, 10);
  return (
    from !== undefined && day.precision === 'day' && on === day.end.slice(0, 10) && on === shift(from, 1)
  );
}

/**
 * Whether `end` is the midnight that ends the day before the one day `day` tells: "from midnight on
 * Monday" (23:59) and "sinds middernacht van maandag op dinsdag … geldt" on Tuesday are one time.
 */
function midnightBefore(end: When, day: When): boolean {
  const from = DAY_END.exec(end.value)?.[1];
  return from !== undefined && day.precision === 'day' && day.value === shift(from, 1);
}

const DAY_END = /^(\d{4}-\d{2}-\d{2})T23:59$/;

/** A day's TIMEX3 value, nothing after it ("2022-01-02", not "2022-01-07TNI"). */
const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What a disagreeing source says, as the reader should see it: its TIMEX3 value, or the days it
 * spans ("2022-01-02/2022-01-08") where that value is only their first. "De afgelopen week" told on
 * 8 January runs from the 2nd; shown as "2 January" it would claim a day no source gave.
 */
function valueOf(when: When): string {
  const first = when.start.slice(0, 10);
  const last = when.end.slice(0, 10);
  return PLAIN_DAY.test(when.value) && last !== first ? `${first}/${last}` : when.value;
}
