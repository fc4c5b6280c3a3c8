import type { ChronologyEvent, When } from '../schema/events.ts';

/**
 * An event for the app's tests: a happening on 5 January 2022, known to the day, with one source
 * and nothing else, changed as given (the time field by field).
 */
export function testEvent(
  changes: Partial<Omit<ChronologyEvent, 'when'>> & { when?: Partial<When> } = {},
): ChronologyEvent {
  const { when, ...rest } = changes;
  return {
    id: 'e',
    title: 'Event',
    when: {
      start: '2022-01-05',
      end: '2022-01-05',
      precision: 'day',
      value: '2022-01-05',
      confidence: 1,
      ...when,
    },
    places: [],
    actors: [],
    figures: [],
    sources: [{ document: 'd', paragraph: 'p', sentence: 's', start: 0, end: 1 }],
    conflicts: [],
    ...rest,
  };
}
