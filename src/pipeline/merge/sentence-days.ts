/**
 * "Tokayev accepted the resignation of Prime Minister Askar Mamin's cabinet and appointed first
 * deputy prime minister Alikhan Smailov as acting prime minister": a sentence that names no time
 * tells its happenings as one act. Where other reports date one of them to a day (the government
 * "resigned on Wednesday"), the others it tells happened that day too, rather than somewhen in the
 * week before publication.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { ChronologyEvent } from '../../schema/events.ts';
import type { When } from '../types.ts';
import { sentenceIdOf } from './sentence-id.ts';

/**
 * Words that order a sentence's happenings in time: "arrived … after dozens of people were killed",
 * "nadat", "nachdem". Their happenings are no one act.
 */
const SEQUENCE =
  /(?<![\p{L}])(?:after|before|since|until|nadat|voordat|sinds|totdat|nachdem|bevor|seit|seitdem)(?![\p{L}])/iu;

/**
 * Whether every report of the cluster is an undated sentence that orders nothing in time, known only
 * to lie before publication.
 */
function onlyUndated(members: readonly EventCandidate[]): boolean {
  return members.every(
    (c) =>
      c.when.precision === 'before-publication' &&
      c.sentence.timexes.length === 0 &&
      !SEQUENCE.test(c.sentence.text),
  );
}

/** Precisions of the times an undated sentence's other happening lends: a day, or a week of them. */
const LENT = new Set(['day', 'week']);

/**
 * The events (parallel to `clusters`) with the time a sentence's other happening was given, where an
 * event has only undated reports and their sentences tell, beside it, happenings of one day within
 * its span, or of one week: "Dozens of police and protesters lost their lives and hundreds were
 * injured in the riots" tells the injured of the week the dead were counted over.
 */
export function withSentenceDays(
  events: readonly ChronologyEvent[],
  clusters: readonly (readonly EventCandidate[])[],
): ChronologyEvent[] {
  const daysOf = new Map<string, Set<number>>();
  clusters.forEach((members, i) => {
    if (!LENT.has((events[i] as ChronologyEvent).when.precision)) return;
    for (const c of members) {
      const key = sentenceIdOf(c);
      const seen = daysOf.get(key);
      if (seen) seen.add(i);
      else daysOf.set(key, new Set([i]));
    }
  });
  if (daysOf.size === 0) return [...events];
  return events.map((e, i) => {
    const members = clusters[i] as readonly EventCandidate[];
    if (e.when.precision !== 'before-publication' || !onlyUndated(members)) return e;
    // A day lent beside a week is the finer time of the sentence's act.
    const days = new Map<string, When>();
    const weeks = new Map<string, When>();
    for (const c of members)
      for (const j of daysOf.get(sentenceIdOf(c)) ?? []) {
        const { start, end, precision, value } = (events[j] as ChronologyEvent).when;
        const day = start.slice(0, 10);
        if (precision === 'day')
          days.set(day, { start: day, end: day, precision, value: day, confidence: e.when.confidence });
        else
          weeks.set(value, {
            start: day,
            end: end.slice(0, 10),
            precision,
            value,
            confidence: e.when.confidence,
          });
      }
    const lent = days.size > 0 ? days : weeks;
    const [when] = lent.values();
    if (lent.size !== 1 || when === undefined || when.start < e.when.start || when.end > e.when.end) return e;
    return { ...e, when };
  });
}
