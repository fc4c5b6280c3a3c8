/**
 * The timeline listens once, on its canvas, for its events and counts: the event mark or count an
 * input event came from, found by the data attributes they carry.
 */

function targetOf(e: Event): Element | null {
  return e.target instanceof Element ? e.target : null;
}

/** The id of the event mark the input event came from, if any. */
export function eventIdOf(e: Event): string | null {
  return targetOf(e)?.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null;
}

/** The key of the count the input event came from, if any. */
export function countKeyOf(e: Event): string | null {
  return targetOf(e)?.closest('[data-count]')?.getAttribute('data-count') ?? null;
}
