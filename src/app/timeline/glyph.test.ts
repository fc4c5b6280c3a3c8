import { describe, expect, it } from 'vitest';
import type { ChronologyEvent, When } from '../../schema/events.ts';
import { testEvent } from '../test-event.ts';
import { glyphFor } from './glyph.ts';

const event = (when: Partial<When>, conflicts = 0): ChronologyEvent =>
  testEvent({ when, conflicts: Array.from({ length: conflicts }, () => ({ field: 'when', values: [] })) });

describe('glyphFor', () => {
  it.each([
    ['a day-precise event is a point', event({}), 'point'],
    [
      'an event at a clock time is a point',
      event({ precision: 'time', start: '2022-01-05T10:00', end: '2022-01-05T10:00' }),
      'point',
    ],
    ['an event in a part of the day is a point', event({ precision: 'part-of-day' }), 'point'],
    ['an interval of days is a bar', event({ start: '2022-01-05', end: '2022-01-07' }), 'bar'],
    [
      'an interval of hours is a bar',
      event({ precision: 'time', start: '2022-01-05T10:00', end: '2022-01-05T14:00' }),
      'bar',
    ],
    ['a week-precise event is a faded band', event({ precision: 'week', end: '2022-01-09' }), 'band'],
    ['a month-precise event is a faded band', event({ precision: 'month' }), 'band'],
    [
      'an event known only to precede publication is a faded band',
      event({ precision: 'before-publication' }),
      'band',
    ],
  ])('%s', (_name, e, shape) => {
    expect(glyphFor(e).shape).toBe(shape);
  });

  it.each([
    ['an event whose sources disagree carries a mark', event({}, 1), true],
    ['an event whose sources agree carries none', event({}, 0), false],
  ])('%s', (_name, e, conflict) => {
    expect(glyphFor(e).conflict).toBe(conflict);
  });
});
