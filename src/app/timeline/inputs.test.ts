import { describe, expect, it } from 'vitest';
import type { ChronologyEvent, When } from '../../schema/events.ts';
import { testEvent } from '../test-event.ts';
import { fitLabel, layoutInputs } from './inputs.ts';
import type { PlacedEvent } from './layout.ts';
import { whenSpan } from './span.ts';

const event = (id: string, title: string, when: Partial<When>): ChronologyEvent =>
  testEvent({ id, title, when });

const DAY = 86_400_000;
const jan5 = Date.UTC(2022, 0, 5);

describe('layoutInputs', () => {
  const events = [
    event('late', 'Curfew lifted', { start: '2022-01-10', end: '2022-01-10', value: '2022-01-10' }),
    event('bar', 'Internet cut', { start: '2022-01-05', end: '2022-01-07', value: 'P3D' }),
    event('point', 'Protest in Almaty', {}),
  ];
  const spans = new Map(events.map((e) => [e.id, whenSpan(e.when)]));
  const inputs = layoutInputs(events, spans, 6);

  it('puts the events in order of their start', () => {
    expect(inputs.map((i) => i.id)).toEqual(['bar', 'point', 'late']);
  });

  it.each([
    ['a day-precise event sits at the middle of its day', 'point', jan5 + DAY / 2, jan5 + DAY / 2],
    ['an interval keeps its whole span', 'bar', jan5, jan5 + 3 * DAY],
  ])('%s', (_name, id, from, to) => {
    expect(inputs.find((i) => i.id === id)).toMatchObject({ from, to });
  });

  it('reserves room for the title, at most thirty characters of it', () => {
    const long = layoutInputs([event('x', 'A'.repeat(80), {})], new Map(), 6)[0];
    expect(inputs.find((i) => i.id === 'point')?.labelWidth).toBe(18 + 17 * 6);
    expect(long?.labelWidth).toBe(18 + 30 * 6);
  });
});

describe('fitLabel', () => {
  const placed = (p: Partial<PlacedEvent>): PlacedEvent => ({
    id: 'e',
    x0: 100,
    x1: 300,
    lane: 0,
    labelRoom: 400,
    labelLeft: false,
    ...p,
  });

  it.each([
    ['a title with room enough is shown whole', placed({}), 'Protest in Almaty'],
    ['a title without room is cut with an ellipsis', placed({ labelRoom: 74 }), 'Protest i…'],
    ['the screen edge cuts a label that runs right', placed({ x0: 900 }), 'Protes…'],
    [
      'a label left of its glyph is cut by the room to the left',
      placed({ labelLeft: true, x0: 74 }),
      'Protest i…',
    ],
    ['a label with room for fewer than four characters is left out', placed({ labelRoom: 30 }), ''],
  ])('%s', (_name, p, label) => {
    expect(fitLabel('Protest in Almaty', p, 960, 6)).toBe(label);
  });
});
