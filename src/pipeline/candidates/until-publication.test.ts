import { describe, expect, it } from 'vitest';
import type { When } from '../types.ts';
import { untilPublication } from './time.ts';

const from = (day: string): When => ({ start: day, end: day, precision: 'day', value: day, confidence: 0.8 });

describe('untilPublication', () => {
  it.each([
    ['2024-02-23', 'day'],
    ['2024-02-22', 'day'],
    ['2024-02-20', 'week'],
    ['2024-01-20', 'month'],
  ])('from %s up to a report of 23 February 2024 is told to the %s', (start, precision) => {
    expect(untilPublication(from(start), '2024-02-23')).toMatchObject({
      start,
      end: '2024-02-23',
      precision,
    });
  });
});
