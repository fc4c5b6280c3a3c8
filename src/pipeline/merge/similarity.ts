import type { EventCandidate } from '../candidates/event-candidate.ts';
import { isVagueFigure } from '../candidates/figures.ts';
import type { When } from '../types.ts';

/**
 * How strongly two candidates look like reports of the same happening. Evidence is additive:
 * the same person befallen, the same figure, the same day, the same actors, places and topics.
 * Reports of different kinds, or befalling different people, never match.
 */

/** Score from which two candidates are taken as the same happening. */
export const THRESHOLD = 2;

/** Kinds of which a story rarely has two: the kind itself is evidence. */
const RARE_KINDS = new Set([
  'order',
  'licence',
  'ban',
  'evacuation',
  'internet',
  'shooting',
  'explosion',
  'riot',
  'crackdown',
  'price-cut',
  'price-rise',
  'talks',
  'troops',
]);

/** Kinds told apart mostly by where they happen. */
const PLACE_KINDS = new Set(['protest', 'riot', 'shooting', 'explosion', 'crackdown', 'internet']);

/** Topics too common in a story to tell two happenings apart. */
const WEAK_CONCEPTS = new Set(['protesters', 'police', 'price', 'export']);

/** Kinds that report the same happening from two sides (an arrest and the suspicion behind it). */
const GROUPS: Record<string, string> = { investigation: 'arrest' };

export function kindGroup(kind: string): string {
  return GROUPS[kind] ?? kind;
}

/** A time that says something about when it happened (not merely "before publication"). */
export function isDated(w: When): boolean {
  return w.precision !== 'before-publication' && w.precision !== 'year' && w.precision !== 'month';
}

/** Dated only to a year or a month: meets almost anything of that time. */
function coarse(w: When): boolean {
  return w.precision === 'year' || w.precision === 'month';
}

function overlap(a: When, b: When): boolean {
  return a.start.slice(0, 10) <= b.end.slice(0, 10) && b.start.slice(0, 10) <= a.end.slice(0, 10);
}

/** Times that may be of one happening: they meet, or one is known only to a year or a month. */
function timesMeet(a: When, b: When): boolean {
  return overlap(a, b) || coarse(a) || coarse(b);
}

const DAY_MS = 86_400_000;

/** A time reaching over more than a week, such as "since the start of the year" up to publication. */
function longStretch(w: When): boolean {
  const start = Date.parse(w.start.slice(0, 10));
  const end = Date.parse(w.end.slice(0, 10));
  return Number.isFinite(start) && Number.isFinite(end) && end - start > 7 * DAY_MS;
}

/** Lists this short are searched, not hashed: a candidate names a handful of actors, places and topics. */
const SHORT = 16;

function shared<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] {
  if (!a || !b || a.length === 0 || b.length === 0) return [];
  if (b.length <= SHORT) return a.filter((x) => b.includes(x));
  const set = new Set(b);
  return a.filter((x) => set.has(x));
}

/** Two patients that cannot be the same: two different people, or a person and a counted crowd. */
export function patientsClash(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * Both sentences date themselves and the times do not meet, one only to a year or month ("Last
 * year, a smaller quake killed 40" against "early on Monday").
 */
function ownTimesApart(a: EventCandidate, b: EventCandidate): boolean {
  const own = (c: EventCandidate) =>
    c.sentence.timeFrom === 'own' && c.when.precision !== 'before-publication';
  return own(a) && own(b) && !overlap(a.when, b.when);
}

/** Minutes apart from which two clock times of one day tell of two happenings. */
const CLOCK_APART_MINUTES = 60;

/** The time of day a sentence dates itself to, in minutes since the epoch. */
export function ownClock(c: EventCandidate): number | undefined {
  if (c.sentence.timeFrom !== 'own' || c.when.precision !== 'time') return undefined;
  const ms = Date.parse(`${c.when.start}Z`);
  return Number.isFinite(ms) ? ms / 60_000 : undefined;
}

/**
 * Sentences dating themselves to times of day hours apart: "The quake hit at 4:17 a.m." and "A
 * second tremor struck about nine hours later" are two tremors on one day. Checked on whole
 * clusters too, so that no sentence dated only to the day joins them.
 */
export function clocksClash(a: readonly number[], b: readonly number[]): boolean {
  return a.some((x) => b.some((y) => Math.abs(x - y) > CLOCK_APART_MINUTES));
}

function clocksApart(a: EventCandidate, b: EventCandidate): boolean {
  const x = ownClock(a);
  const y = ownClock(b);
  return x !== undefined && y !== undefined && clocksClash([x], [y]);
}

/**
 * `a` is known only to lie before its article's publication, and `b` starts after that: a report
 * cannot tell of what happened after it was published (two stories' cancelled flights).
 */
function afterReport(a: EventCandidate, b: EventCandidate): boolean {
  return a.when.precision === 'before-publication' && b.when.start.slice(0, 10) > a.when.end.slice(0, 10);
}

export function score(a: EventCandidate, b: EventCandidate): number {
  if (kindGroup(a.kind) !== kindGroup(b.kind)) return -Infinity;
  if (a.document === b.document && a.sentence.id === b.sentence.id) return -Infinity;
  if (patientsClash(a.patient, b.patient)) return -Infinity;
  // Two speakers make two statements.
  if (a.kind === 'statement' && patientsClash(a.agent, b.agent)) return -Infinity;
  if (afterReport(a, b) || afterReport(b, a)) return -Infinity;
  let s = 0;
  // The kind is evidence only where the times can meet: the evacuations of a flood in August and
  // of a fire reported in January are two.
  if (RARE_KINDS.has(a.kind) && a.kind === b.kind && timesMeet(a.when, b.when)) s += 2;
  if (a.patient !== undefined && a.patient === b.patient) s += a.patient === 'many' ? 1.5 : 3;

  let sameFigure = false;
  for (const fa of a.figures) {
    for (const fb of b.figures) {
      if (fa.counts !== fb.counts) continue;
      if (isVagueFigure(fa) || isVagueFigure(fb)) s += 1;
      else if (fa.value === fb.value) {
        s += fa.value >= 10 ? 2 : 1;
        sameFigure = true;
      }
      // A tally revised within the same days is evidence; two tallies of times that do not meet
      // ("Last year, a smaller quake killed 40"), or that meet only because one is dated to a
      // whole year or month ("im vergangenen Jahr … fünf Menschen"), tell of two happenings.
      else s += overlap(a.when, b.when) && !coarse(a.when) && !coarse(b.when) ? 1 : -1;
    }
  }

  if (isDated(a.when) && isDated(b.when)) {
    // A stretch of weeks ("Seit Jahresbeginn", "since January") meets everything in it: no evidence.
    if (overlap(a.when, b.when) && !clocksApart(a, b))
      s += a.when.value === b.when.value ? 1.5 : longStretch(a.when) || longStretch(b.when) ? 0 : 1;
    // Two sentences dating themselves to different days tell of different happenings,
    // unless they give the same tally (a tally reported on two days is still one tally).
    else if (!sameFigure && a.sentence.timeFrom === 'own' && b.sentence.timeFrom === 'own') s -= 2;
  } else if (!sameFigure && ownTimesApart(a, b)) s -= 2;
  // News goes on about one happening over neighbouring sentences, the later one often undated.
  const neighbours = a.document === b.document && Math.abs(a.sentence.index - b.sentence.index) === 1;
  if (neighbours && (a.sentence.timeFrom !== 'own' || b.sentence.timeFrom !== 'own')) s += 1;

  s += Math.min(2, shared(a.actors, b.actors).filter((x) => x !== a.patient).length);
  const places = shared(a.places, b.places).length;
  s += Math.min(PLACE_KINDS.has(a.kind) ? 2 : 1, places * (PLACE_KINDS.has(a.kind) ? 1.5 : 0.5));

  const topics = shared(a.concepts, b.concepts).length;
  s += Math.min(3, topics);
  if (topicsClash(strongTopicsOf(a), strongTopicsOf(b))) s -= 2;
  return s;
}

/** Topics that tell happenings apart (arms, foreigners, LPG), the story's common ones left out. */
export function strongTopics(c: EventCandidate): string[] {
  return (c.concepts ?? []).filter((t) => !WEAK_CONCEPTS.has(t));
}

/** A candidate is scored against many others: its strong topics are worked out once. */
const strong = new WeakMap<EventCandidate, string[]>();

function strongTopicsOf(c: EventCandidate): string[] {
  let topics = strong.get(c);
  if (!topics) {
    topics = strongTopics(c);
    strong.set(c, topics);
  }
  return topics;
}

/** Both sides name what they are about, and it is not the same thing. */
export function topicsClash(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && shared(a, b).length === 0;
}

/** Keys under which candidates that might match are compared: only pairs sharing a key are scored. */
export function blockKeys(c: EventCandidate): string[] {
  const g = kindGroup(c.kind);
  const entity: string[] = [];
  if (c.patient) entity.push(`who:${c.patient}`);
  for (const a of c.actors) entity.push(`a:${a}`);
  for (const p of c.places) entity.push(`p:${p}`);
  for (const f of c.figures) entity.push(`f:${f.counts}:${isVagueFigure(f) ? '~' : f.value}`);
  for (const t of c.concepts ?? []) entity.push(`c:${t}`);
  const keys = [`${g}|kind`, ...entity.map((e) => `${g}|${e}`)];
  if (isDated(c.when)) {
    // In a large corpus the plain keys grow too big to compare within; the same keys within one
    // day keep their blocks small.
    const d = c.when.start.slice(0, 10);
    keys.push(`${g}|d:${d}`, ...entity.map((e) => `${g}|${e}|d:${d}`));
  }
  return keys;
}
