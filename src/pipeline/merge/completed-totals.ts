/**
 * "Alle twaalf jongens en hun voetbalcoach zijn uit de grot gehaald. Duikers haalden dinsdag de
 * laatste vier jongens en de coach naar buiten": the whole of a group, told on the day its last
 * part was counted, is where that day's happening brought it, no rival count of the day. The event
 * is titled and counted by the last part; the total's sentence is still cited.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { Item } from './item.ts';
import { countsLastPart } from './last-part.ts';

/** The measures a member counts as the last of a group, with the least such count of each. */
function lastParts(members: readonly Item[]): Map<string, number> {
  const parts = new Map<string, number>();
  for (const { c, features: f } of members) {
    if (f.total || c.figures.length === 0 || !countsLastPart(c.sentence.text)) continue;
    f.figureCounts.forEach((counts, i) => {
      const value = f.figureValues[i] ?? 0;
      parts.set(counts, Math.min(value, parts.get(counts) ?? value));
    });
  }
  return parts;
}

/**
 * The members that title the event, and the candidates whose figures count it: without the totals
 * that a last part of the same measure completes, and their counts of that measure.
 */
export function withoutCompletedTotals(
  members: readonly Item[],
  candidates: readonly EventCandidate[],
): { titled: readonly Item[]; counted: EventCandidate[] } {
  const parts = members.length > 1 && members.some((m) => m.features.total) ? lastParts(members) : undefined;
  if (!parts || parts.size === 0) return { titled: members, counted: [...candidates] };
  const completes = (counts: string, value: number) => value > (parts.get(counts) ?? Infinity);
  const completed = new Set<EventCandidate>();
  for (const { c, features: f } of members)
    if (f.total && c.figures.some((x) => completes(x.counts, x.value))) completed.add(c);
  if (completed.size === 0) return { titled: members, counted: [...candidates] };
  return {
    titled: members.filter((m) => !completed.has(m.c)),
    counted: candidates.map((c) =>
      completed.has(c) ? { ...c, figures: c.figures.filter((x) => !completes(x.counts, x.value)) } : c,
    ),
  };
}
