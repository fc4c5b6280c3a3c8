import { describe, expect, it } from 'vitest';
import type { When } from '../schema/events.ts';
import { fixWhen, timexValue } from './when.ts';

describe('timexValue', () => {
  it.each([
    ['2022-01-05', 'day', '2022-01-05'],
    ['2022-01-05T14:30', 'time', '2022-01-05T14:30'],
    ['2022-01-05', 'month', '2022-01'],
    ['2022-01-05', 'year', '2022'],
    ['2022-01-03', 'week', '2022-W01'],
    ['2022-01-02', 'week', '2021-W52'],
    ['2021-01-03', 'week', '2020-W53'],
    ['2024-12-30', 'week', '2025-W01'],
  ] as const)('gives %s at %s precision the TIMEX3 value %s', (start, precision, value) => {
    expect(timexValue(start, precision)).toBe(value);
  });
});

describe('fixWhen', () => {
  const extracted: When = {
    start: '2022-01-05',
    end: '2022-01-05',
    precision: 'day',
    value: '2022-01-05',
    text: 'on Wednesday',
    confidence: 0.7,
  };

  it.each([
    [
      'keeps the date text when only the day changes',
      { start: '2022-01-06' },
      { start: '2022-01-06', end: '2022-01-06', text: 'on Wednesday' },
    ],
    [
      'moves only the end of an interval',
      { end: '2022-01-09' },
      { start: '2022-01-05', end: '2022-01-09', value: '2022-01-05' },
    ],
    ['widens to the year', { precision: 'year' }, { start: '2022-01-01', end: '2022-12-31', value: '2022' }],
    [
      'takes a TIMEX3 value the editor gives',
      { precision: 'part-of-day', value: '2022-01-05TNI' },
      { value: '2022-01-05TNI', precision: 'part-of-day' },
    ],
  ] as const)('%s', (_name, fix, expected) => {
    expect(fixWhen(extracted, fix)).toMatchObject({ ...expected, confidence: 1 });
  });
});
