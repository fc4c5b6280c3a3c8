import { describe, expect, it } from 'vitest';
import type { When } from '../../schema/events.ts';
import { dataExtent, DAY, focusWindow, HOUR, parseInstant, whenSpan } from './span.ts';
import { windowScale } from './scale.ts';

const when = (start: string, end: string): When => ({
  start,
  end,
  precision: 'day',
  value: start,
  confidence: 1,
});

describe('event spans', () => {
  it.each([
    [
      'a day covers the whole day',
      when('2022-01-05', '2022-01-05'),
      parseInstant('2022-01-05'),
      parseInstant('2022-01-06'),
    ],
    [
      'an interval ends at the end of its last day',
      when('2022-01-05', '2022-01-07'),
      parseInstant('2022-01-05'),
      parseInstant('2022-01-08'),
    ],
    [
      'a clock time covers one minute',
      when('2022-01-05T14:30', '2022-01-05T14:30'),
      Date.UTC(2022, 0, 5, 14, 30),
      Date.UTC(2022, 0, 5, 14, 31),
    ],
  ])('%s', (_name, w, from, to) => {
    expect(whenSpan(w)).toEqual({ from, to });
  });

  it('dates are read as UTC whatever the zone', () => {
    expect(parseInstant('2022-01-05')).toBe(Date.UTC(2022, 0, 5));
  });

  it('the data range is padded so the edge events are not cut', () => {
    const extent = dataExtent([{ from: 0, to: 30 * DAY }]);
    expect(extent).toEqual({ from: -0.6 * DAY, to: 30.6 * DAY });
  });

  it('a single short event still gets a few hours either side', () => {
    expect(dataExtent([{ from: 0, to: HOUR }])).toEqual({ from: -6 * HOUR, to: 7 * HOUR });
  });

  it('no events give no range', () => {
    expect(dataExtent([])).toBeNull();
  });

  it('the scale maps the window onto the width', () => {
    const x = windowScale({ from: 0, to: DAY }, 800);
    expect([x(0), x(DAY / 2), x(DAY)]).toEqual([0, 400, 800]);
  });
});

describe('focusWindow', () => {
  const event = (start: string, end: string, precision: When['precision']) => ({
    when: { ...when(start, end), precision },
  });
  const week = [event('2022-01-06', '2022-01-06', 'day'), event('2022-01-08', '2022-01-08', 'day')];

  it.each([
    [
      'a "last year" band does not stretch the first view over a whole year',
      [...week, event('2021-01-01', '2021-12-31', 'year')],
      dataExtent(week.map((e) => whenSpan(e.when))),
    ],
    ['events that all lie close together need no focus', week, null],
    [
      'with nothing dated precisely the whole range is shown',
      [event('2021-01-01', '2021-12-31', 'year')],
      null,
    ],
  ])('%s', (_name, events, expected) => {
    expect(focusWindow(events)).toEqual(expected);
  });
});
