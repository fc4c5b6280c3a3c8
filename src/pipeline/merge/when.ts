import type { EventCandidate } from '../candidates/event-candidate.ts';
import { isAddition } from '../candidates/increments.ts';
import { shift } from '../iso-day.ts';
import { DEATHS_KIND } from '../candidates/title.ts';
import type { When } from '../types.ts';
import { beganWhen } from './began-span.ts';
import { toldDayWithin } from './told-day.ts';
import { toldAsEarlier } from './superseded-counts.ts';

const FINENESS = ['time', 'part-of-day', 'day', 'week', 'month', 'year', 'before-publication'];

function fineness(w: When): number {
  const i = FINENESS.indexOf(w.precision);
  return i < 0 ? FINENESS.length : i;
}

/**
 * Whether the candidate's time comes from an expression in its own sentence that dates the happening:
 * "now"/"currently" only say when it was reported, and a duration ("the past week") dates nothing.
 */
export function ownTime(c: EventCandidate): boolean {
  return c.sentence.timeFrom === 'own' && !c.when.value.endsWith('_REF') && !/^P\d|^PT/.test(c.when.value);
}

/**
 * Whether the candidate's own time dates the happening its event tells: "five more bodies were
 * recovered on Thursday" dates a recovery, and "the death toll rose to 158 on Thursday" a count,
 * not the deaths; "Macron said on Wednesday the killing was …" dates the saying.
 */
export function datesHappening(c: EventCandidate): boolean {
  return (
    ownTime(c) &&
    !c.tally &&
    !c.saidOf &&
    !(c.figures.length > 0 && c.figures.every(isAddition)) &&
    // "Noch am Mittwoch hatte die Polizei von 359 Toten gesprochen": the day the count stood so.
    !(c.figures.length > 0 && toldAsEarlier(c))
  );
}

export interface Reading {
  when: When;
  members: EventCandidate[];
}

/** Candidates grouped by the TIMEX value their time resolves to. */
export function readings(members: EventCandidate[]): Reading[] {
  const byValue = new Map<string, Reading>();
  for (const c of members) {
    const r = byValue.get(c.when.value);
    if (r) r.members.push(c);
    else byValue.set(c.when.value, { when: c.when, members: [c] });
  }
  return [...byValue.values()];
}

/** What the readings are ranked by, worked out once per reading rather than per comparison. */
interface Ranked {
  reading: Reading;
  documents: number;
  fineness: number;
  confidence: number;
}

const DAY = FINENESS.indexOf('day');
const MONTH = FINENESS.indexOf('month');

/** A calendar week or its weekend, as the time stage writes it: "2022-W50", "2022-W50-WE". */
const CALENDAR_WEEK = /^\d{4}-W\d{2}(?:-WE)?$/;

/**
 * Whether a month, a year or a calendar week holds a day: "early November" holds "Wednesday 6
 * November", "earlier this week" and "vorige week" hold that week's Thursday. A stretch of days is
 * not read so: "since last Sunday" does not vouch for one of its days.
 */
function holds(outer: When, inner: When): boolean {
  const o = fineness(outer);
  return (
    (o >= MONTH || CALENDAR_WEEK.test(outer.value)) &&
    o < FINENESS.indexOf('before-publication') &&
    fineness(inner) <= DAY &&
    outer.start.slice(0, 10) <= inner.start.slice(0, 10) &&
    inner.end.slice(0, 10) <= outer.end.slice(0, 10)
  );
}

/**
 * Whether a month or a year holds a day: "whose collapse last August killed 43" does not gainsay
 * "on Aug. 14"; unlike a week ("earlier this week" against "on Saturday"), a month named of a day
 * is how one tells that day less precisely.
 */
export function calendarHolds(outer: When, inner: When): boolean {
  return (outer.precision === 'month' || outer.precision === 'year') && holds(outer, inner);
}

/** The hours a part of the day holds, generously: "Dienstagabend" holds 10:25 p.m. */
const PART_HOURS: Record<string, readonly [number, number]> = {
  MO: [4, 12],
  AF: [12, 18],
  EV: [17, 24],
  NI: [19, 24],
};

const TIME_OF_DAY = /^(\d{4}-\d{2}-\d{2})T(\d{2}):/;
const PART_OF_DAY = /^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$/;

/** The last hour of the small hours an evening or a night runs into. */
const SMALL_HOURS_END = 5;

/**
 * Whether an evening or a night holds a time in the small hours after it: troops sent "am
 * Dienstagabend" and in parliament "after midnight", lawmakers voting "dinsdagavond … enkele uren
 * later" and "shortly after 1 a.m." on the Wednesday.
 */
export function runsInto(outer: When, inner: When): boolean {
  const time = TIME_OF_DAY.exec(inner.value);
  if (outer.precision !== 'part-of-day' || !time || Number(time[2]) > SMALL_HOURS_END) return false;
  const first = outer.start.slice(0, 10);
  const last = outer.end.slice(0, 10);
  const evening = /T(?:EV|NI)$/.test(outer.value) && first === last;
  return time[1] === (evening ? shift(first, 1) : last) && (evening || first < last);
}

/**
 * Whether a day or a part of it holds a finer time of that day: "Tuesday" holds "Tuesday evening",
 * and both hold "10:25 p.m. on Tuesday"; an evening or a night holds the small hours after it.
 */
function holdsTime(outer: When, inner: When): boolean {
  if (runsInto(outer, inner)) return true;
  if (outer.precision === 'day')
    return fineness(inner) < DAY && inner.value.slice(0, 10) === outer.value.slice(0, 10);
  if (outer.precision !== 'part-of-day' || inner.precision !== 'time') return false;
  const part = PART_OF_DAY.exec(outer.value);
  const time = TIME_OF_DAY.exec(inner.value);
  const hours = part ? PART_HOURS[part[2] as string] : undefined;
  if (!part || !time || !hours || part[1] !== time[1]) return false;
  const hour = Number(time[2]);
  return hours[0] <= hour && hour < hours[1];
}

/**
 * A day is supported by the documents that give it and by those giving a month or year that
 * holds it: a report of "early November" does not gainsay one of the Wednesday, it agrees less
 * precisely. So does a report of "Tuesday evening" with one of 10:25 p.m. that Tuesday.
 */
function rank(reading: Reading, all: readonly Reading[]): Ranked {
  let confidence = -Infinity;
  const documents = new Set<string>();
  for (const m of reading.members) {
    documents.add(m.document);
    confidence = Math.max(confidence, m.when.confidence);
  }
  for (const other of all)
    if (other !== reading && (holds(other.when, reading.when) || holdsTime(other.when, reading.when)))
      for (const m of other.members) documents.add(m.document);
  return { reading, documents: documents.size, fineness: fineness(reading.when), confidence };
}

/**
 * The event's time: from the sentences that carry their own time expression when there are any,
 * else from context, else the honest "before publication". Among those, the reading the most documents
 * give (well supported), then the most precise, then the most confident; `text` as written in that source.
 */
export function combineWhen(all: EventCandidate[]): When {
  const only = all.length === 1 ? all[0] : undefined;
  if (only) return { ...only.when };
  // A running tally dates its count: the deaths are dated by the reports that tell them, where
  // one dates them at all.
  const told = all.some((c) => c.tally) ? all.filter((c) => !c.tally) : all;
  // Tolls given days later do not date deaths an earlier report told undated ("In België kwamen
  // zeker elf mensen om het leven" on 15 July, "rose to 27 on Sunday"): they died before that
  // report. A count of the missing is a state of its day, not a happening before it.
  const members =
    told.some((c) => c.when.precision !== 'before-publication') ||
    (told.length > 0 && told.length < all.length && all.every((c) => c.kind === DEATHS_KIND))
      ? told
      : all;
  const own = members.filter(datesHappening);
  if (own.length === 0) own.push(...members.filter(ownTime));
  const present = members.filter((c) => c.sentence.timeFrom === 'own' && !ownTime(c));
  const context = members.filter((c) => c.sentence.timeFrom === 'context');
  // "whose collapse last August killed 43" beside "At least 22 people were killed" after "on
  // Tuesday": a month or a year of its own holds the day the context gives, which tells it finer.
  const held = context.filter((c) => own.length > 0 && own.every((o) => calendarHolds(o.when, c.when)));
  const pool =
    held.length > 0 ? [...own, ...held] : ([own, present, context].find((p) => p.length > 0) ?? members);
  // "since the protests started last Sunday" beside "since the turn of the year": begun that day.
  const began = beganWhen(pool);
  if (began) return began;
  const read = readings(pool);
  const best = read
    .map((r) => rank(r, read))
    .sort(
      (a, b) =>
        b.documents - a.documents ||
        a.fineness - b.fineness ||
        b.reading.members.length - a.reading.members.length ||
        b.confidence - a.confidence ||
        (a.reading.when.start < b.reading.when.start
          ? -1
          : a.reading.when.start > b.reading.when.start
            ? 1
            : 0),
    )[0];
  if (!best) throw new Error('combineWhen: no candidates');
  const toldDay = toldDayWithin(all, best.reading.when);
  return toldDay ?? { ...best.reading.when, confidence: best.confidence };
}
