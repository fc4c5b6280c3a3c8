import { describe, expect, it } from 'vitest';
import type { ChronologyEvent } from '../../schema/events.ts';
import { eventInfoLookup } from './event-info.ts';

const event: ChronologyEvent = {
  id: 'ev-1',
  title: 'Protest in Almaty',
  when: { start: '2022-01-05', end: '2022-01-05', precision: 'day', value: '2022-01-05', confidence: 0.85 },
  places: [],
  actors: [],
  figures: [],
  sources: [{ document: 'd', paragraph: 'p1', sentence: 's', start: 0, end: 1 }],
  conflicts: [],
};

describe('eventInfoLookup', () => {
  const info = eventInfoLookup(new Map([[event.id, event]]), 'en');

  it('names an event by its title and the date the timeline shows', () => {
    const found = info('ev-1');
    expect(found?.name).toBe(`Protest in Almaty, ${found?.date}`);
    expect(found?.date).toMatch(/5 Jan/);
    expect(found?.glyph.shape).toBe('point');
  });

  it('works an event out once and hands back the same answer after', () => {
    expect(info('ev-1')).toBe(info('ev-1'));
  });

  it('knows nothing of an id that is not among the events', () => {
    expect(info('ev-unknown')).toBeUndefined();
  });
});
