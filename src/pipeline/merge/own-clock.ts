/**
 * The time of day a candidate's sentence dates itself to: a clock time, or the minutes a part of
 * the day spans, for the merge to hold one report's time of day against another's.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';

/** The time of day a sentence dates itself to, in minutes since the epoch. */
export function ownClock(c: EventCandidate): number | undefined {
  if (c.sentence.timeFrom !== 'own' || c.when.precision !== 'time') return undefined;
  const ms = Date.parse(`${c.when.start}Z`);
  return Number.isFinite(ms) ? ms / 60_000 : undefined;
}

/** The hours each part of the day spans, generously; an evening or a night runs into the small hours. */
export const PART_HOURS: Record<string, readonly [number, number]> = {
  MO: [4, 12],
  AF: [12, 18],
  EV: [17, 29],
  NI: [19, 30],
};

export const NO_PART = { partFrom: Number.NaN, partTo: Number.NaN };

/** The minutes an own part of the day ("Wednesday evening") spans, to hold against a clock time. */
export function ownPart(c: EventCandidate): { partFrom: number; partTo: number } {
  const m = /^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$/.exec(c.when.value);
  const hours = m && c.sentence.timeFrom === 'own' ? PART_HOURS[m[2] as string] : undefined;
  if (!m || !hours) return NO_PART;
  const day = Date.parse(`${m[1]}T00:00Z`) / 60_000;
  return { partFrom: day + hours[0] * 60, partTo: day + hours[1] * 60 };
}
