/**
 * The timeline listens once, on its canvas, for its events and counts: the event mark or count an
 * input event came from, found by the data attributes they carry.
 */
export function delegatedTarget(e: Event): { eventId: string | null; countKey: string | null } {
  const target = e.target instanceof Element ? e.target : null;
  return {
    eventId: target?.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null,
    countKey: target?.closest('[data-count]')?.getAttribute('data-count') ?? null,
  };
}
