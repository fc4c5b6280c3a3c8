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
import { calendarHolds, combineWhen, datesHappening, readings, runsInto } from './when.ts';

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
  if (byDays.size < 2) return undefined;
  return {
    field: 'when',
    values: [...byDays.values()]
      .map((cs) => ({ when: combineWhen(cs), cs }))
      .sort((a, b) => compareText(a.when.start, b.when.start) || compareText(a.when.value, b.when.value))
      .map(({ when, cs }) => ({ value: valueOf(when), sources: uniqueSources(cs.map(sourceOf), order) })),
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
