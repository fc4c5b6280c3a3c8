import { describe, expect, it } from 'vitest';
import { testEvent } from '../test-event.ts';
import { countEntries, eventInfoLookup } from './event-info.ts';

const event = testEvent({ id: 'ev-1', title: 'Protest in Almaty', when: { confidence: 0.85 } });

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

describe('countEntries', () => {
  const info = eventInfoLookup(new Map([[event.id, event]]), 'en');

  it('lists each event of a count with its title, date and name, leaving out unknown ids', () => {
    const found = info('ev-1');
    expect(countEntries(['ev-unknown', 'ev-1'], info)).toEqual([
      { id: 'ev-1', title: 'Protest in Almaty', date: found?.date, name: found?.name },
    ]);
  });
});
