/**
 * "26 protesters … have been killed since the protests started last Sunday" beside "Since the turn
 * of the year, some 20,000 people have taken to the streets", "Last week's demonstrations" and "De
 * demonstraties van de afgelopen week": the day a happening began, and spans that hold that day,
 * are one happening going on from that day, not reports disagreeing on when it was.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { shift } from '../iso-day.ts';
import type { When } from '../types.ts';

/**
 * Days a span may start before the day the happening began and still tell it: "since the turn of
 * the year" and "last week" start a few days before "last Sunday", "since December" a month.
 */
const LEAD_DAYS = 7;

/** Whether `span` holds the day `began` tells, starting at most LEAD_DAYS before it. */
export function holdsBeginning(span: When, began: When): boolean {
  const day = began.start.slice(0, 10);
  const start = span.start.slice(0, 10);
  return start <= day && day <= span.end.slice(0, 10) && shift(day, -LEAD_DAYS) <= start;
}

/**
 * The time of a happening whose reports give the day it began and spans holding that day: from
 * that day to the last the spans reach. Undefined where no report tells the beginning, where two
 * tell different days, or where a report gives a time that does not hold it.
 */
export function beganWhen(pool: readonly EventCandidate[]): When | undefined {
  const first = pool.find((c) => c.began);
  if (!first) return undefined;
  let end = first.when.end;
  let confidence = first.when.confidence;
  for (const c of pool) {
    if (c.began ? c.when.start !== first.when.start : !holdsBeginning(c.when, first.when)) return undefined;
    if (c.when.end > end) end = c.when.end;
    confidence = Math.max(confidence, c.when.confidence);
  }
  return { ...first.when, end, confidence };
}
