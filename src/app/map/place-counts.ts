import type { ChronologyEvent, When } from '../../schema/events.ts';
import type { TimeWindow } from '../state.svelte.ts';

const DAY_MS = 86_400_000;

/** Events at one place: all of them, and those overlapping the time window. */
export interface PlaceCount {
  id: string;
  count: number;
  inWindow: number;
}

/** The instants an event covers, in epoch ms (UTC): a date-only end covers its whole day. */
export function eventSpan(when: Pick<When, 'start' | 'end'>): TimeWindow {
  const instant = (value: string) => Date.parse(value.length > 10 ? `${value}:00Z` : `${value}T00:00:00Z`);
  const end = instant(when.end) + (when.end.length > 10 ? 0 : DAY_MS - 1);
  return { from: instant(when.start), to: Math.max(end, instant(when.start)) };
}

export function overlaps(span: TimeWindow, window: TimeWindow | null): boolean {
  return window === null || (span.from <= window.to && span.to >= window.from);
}

/**
 * How many events each place has, and how many of them fall inside the window (all of them when
 * the window is null). An event naming a place twice counts once; events without places count nowhere.
 */
export function countEventsByPlace(
  events: readonly ChronologyEvent[],
  window: TimeWindow | null,
): Map<string, PlaceCount> {
  const counts = new Map<string, PlaceCount>();
  for (const event of events) {
    const inside = overlaps(eventSpan(event.when), window);
    for (const id of new Set(event.places)) {
      const entry = counts.get(id) ?? { id, count: 0, inWindow: 0 };
      entry.count += 1;
      if (inside) entry.inWindow += 1;
      counts.set(id, entry);
    }
  }
  return counts;
}

export const MIN_RADIUS = 7;
export const MAX_RADIUS = 22;

/**
 * Marker radius in pixels: the area grows with the number of events, so a place with four times
 * the events gets twice the radius, up to MAX_RADIUS for the busiest place.
 */
export function markerRadius(count: number, maxCount: number): number {
  if (count <= 0 || maxCount <= 0) return MIN_RADIUS;
  const share = Math.sqrt(Math.min(count, maxCount) / maxCount);
  return Math.round(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share);
}
