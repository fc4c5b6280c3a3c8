/**
 * "Kazakhstan said on Saturday that 225 people had been killed during this month's unrest", "Bei
 * den Unruhen Anfang Januar waren 225 Menschen getötet worden": the month is what the toll covers,
 * the Saturday the day it was told. A count of the dead, injured or arrested that its reports date
 * only to a month or a year is dated by a day within it that a sentence of the count tells beside
 * that span: the latest such day, as a later count is the fuller one.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { kindTraits } from '../candidates/kind-traits.ts';
import type { When } from '../types.ts';

const COARSE = new Set(['month', 'year']);

/** The day a count dated only to `coarse` was told on, from its sentences that give both. */
export function toldDayWithin(members: readonly EventCandidate[], coarse: When): When | undefined {
  if (!COARSE.has(coarse.precision)) return undefined;
  // "Anfang Januar" and "this month" are one month, the first cut at its tenth day: the count
  // may be told on any day of the month the members' spans reach.
  let reach = coarse.end;
  for (const c of members) if (c.when.value === coarse.value && c.when.end > reach) reach = c.when.end;
  let told: When | undefined;
  for (const c of members) {
    if (c.when.value !== coarse.value || c.figures.length === 0 || !kindTraits(c.kind).tallied) continue;
    for (const t of c.sentence.timexes) {
      const span = t.interval;
      if (t.precision !== 'day' || t.clause || !span || span.start < coarse.start) continue;
      if (span.end > reach || (told && span.start <= told.start)) continue;
      told = { ...c.when, start: span.start, end: span.end, value: t.value, precision: 'day', text: t.text };
    }
  }
  return told;
}
