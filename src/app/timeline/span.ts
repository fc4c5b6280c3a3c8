import type { When } from '../../schema/events.ts';
import type { TimeWindow } from '../state.svelte.ts';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** Epoch ms of an ISO day or minute, read as UTC whatever the browser's zone. */
export function parseInstant(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00Z` : `${iso}Z`);
}

/**
 * The span an event's date covers. A bare day in `end` is inclusive (the whole day), so a
 * day-precise event spans 24 hours and a minute-precise one a single minute.
 */
export function whenSpan(when: When): TimeWindow {
  const from = parseInstant(when.start);
  const end = parseInstant(when.end);
  const to = when.end.length === 10 ? end + DAY : end + 60_000;
  return { from, to: Math.max(to, from + 60_000) };
}

/** The range the data covers, padded so the first and last events are not cut by the edge. */
export function dataExtent(spans: readonly TimeWindow[]): TimeWindow | null {
  if (spans.length === 0) return null;
  let from = Infinity;
  let to = -Infinity;
  for (const span of spans) {
    if (span.from < from) from = span.from;
    if (span.to > to) to = span.to;
  }
  const pad = Math.max((to - from) * 0.02, HOUR * 6);
  return { from: from - pad, to: to + pad };
}

/** Precisions that place an event within a week or better. */
const PRECISE = new Set(['time', 'part-of-day', 'day', 'week']);

/**
 * The stretch where the precisely dated events lie, when it is much narrower than the whole range:
 * a "last year" band should not squeeze a week of events into the edge of the first view.
 */
export function focusWindow(events: readonly { when: When }[]): TimeWindow | null {
  const all = dataExtent(events.map((e) => whenSpan(e.when)));
  const precise = dataExtent(
    events.filter((e) => PRECISE.has(e.when.precision)).map((e) => whenSpan(e.when)),
  );
  if (!all || !precise) return null;
  return precise.to - precise.from < (all.to - all.from) / 2 ? precise : null;
}
