import { describe, expect, it } from 'vitest';
import type { ChronologyEvent } from '../../schema/events.ts';
import { testEvent } from '../test-event.ts';
import { countEventsByPlace, eventSpan, markerRadius, MAX_RADIUS, MIN_RADIUS } from './place-counts.ts';

const event = (id: string, start: string, end: string, places: string[]): ChronologyEvent =>
  testEvent({ id, title: id, when: { start, end, value: start }, places });

const ms = (iso: string) => Date.parse(iso);

const events = [
  event('protests', '2022-01-02', '2022-01-02', ['almaty']),
  event('arrests', '2022-01-07', '2022-01-07', ['almaty']),
  event('embassy', '2022-01-08', '2022-01-08', ['almaty', 'washington']),
  event('week', '2022-01-03', '2022-01-09', ['kazakhstan']),
  event('no place', '2022-01-05', '2022-01-05', []),
  event('named twice', '2022-01-06', '2022-01-06', ['berlin', 'berlin']),
];

describe('countEventsByPlace', () => {
  it.each([
    {
      name: 'without a window every event counts as inside',
      window: null,
      expected: { almaty: [3, 3], washington: [1, 1], kazakhstan: [1, 1], berlin: [1, 1] },
    },
    {
      name: 'a window over 7 January keeps only that day’s events and the week around it',
      window: { from: ms('2022-01-07T00:00Z'), to: ms('2022-01-07T23:59Z') },
      expected: { almaty: [3, 1], washington: [1, 0], kazakhstan: [1, 1], berlin: [1, 0] },
    },
    {
      name: 'a window ending at noon of a day still catches that whole-day event',
      window: { from: ms('2021-12-30T00:00Z'), to: ms('2022-01-02T12:00Z') },
      expected: { almaty: [3, 1], washington: [1, 0], kazakhstan: [1, 0], berlin: [1, 0] },
    },
  ])('$name', ({ window, expected }) => {
    const counts = countEventsByPlace(events, window);
    expect(Object.fromEntries([...counts].map(([id, c]) => [id, [c.count, c.inWindow]]))).toEqual(expected);
  });

  it('never counts events without a place anywhere', () => {
    expect([...countEventsByPlace([events[4]!], null).keys()]).toEqual([]);
  });
});

describe('eventSpan', () => {
  it.each([
    {
      name: 'a day covers the whole day',
      start: '2022-01-05',
      end: '2022-01-05',
      to: '2022-01-05T23:59:59.999Z',
    },
    {
      name: 'a time covers its minute',
      start: '2022-01-05T14:30',
      end: '2022-01-05T14:30',
      to: '2022-01-05T14:30Z',
    },
    {
      name: 'an interval ends at the end of its last day',
      start: '2022-01-03',
      end: '2022-01-09',
      to: '2022-01-09T23:59:59.999Z',
    },
  ])('$name', ({ start, end, to }) => {
    const span = eventSpan({ start, end });
    expect([span.from, span.to]).toEqual([ms(start.length > 10 ? `${start}Z` : `${start}T00:00Z`), ms(to)]);
  });
});

describe('markerRadius', () => {
  it.each([
    { name: 'the busiest place gets the largest marker', count: 16, max: 16, radius: MAX_RADIUS },
    { name: 'a place with a quarter of the events gets a radius halfway up', count: 4, max: 16, radius: 15 },
    {
      name: 'a place with no events in view gets the smallest marker',
      count: 0,
      max: 16,
      radius: MIN_RADIUS,
    },
    { name: 'a cluster above the maximum is capped', count: 40, max: 16, radius: MAX_RADIUS },
  ])('$name', ({ count, max, radius }) => {
    expect(markerRadius(count, max)).toBe(radius);
  });

  it('grows with the number of events', () => {
    const radii = [1, 2, 4, 8, 16].map((n) => markerRadius(n, 16));
    expect(radii).toEqual([...radii].sort((a, b) => a - b));
    expect(new Set(radii).size).toBe(radii.length);
  });
});
