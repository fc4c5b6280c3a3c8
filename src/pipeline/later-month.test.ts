import { describe, expect, it } from 'vitest';
import { dayInLaterMonth } from './later-month.ts';

const FRIDAY = 5;
const MONDAY = 1;
const WEDNESDAY = 3;

describe('a month-only report after every related report', () => {
  it.each<[string, string, number[], string[], string | undefined]>([
    [
      "'vrijdag' in March 2024 beside February reports is Friday 1 March",
      '2024-03',
      [FRIDAY],
      ['2024-02-16', '2024-02-24'],
      '2024-03-01',
    ],
    [
      "'Montag' and 'Mittwoch' in March 2024 are read by Wednesday 6 March",
      '2024-03',
      [MONDAY, WEDNESDAY],
      ['2024-02-20'],
      '2024-03-06',
    ],
    [
      'a report of the same month as a related one is no later month',
      '2024-03',
      [FRIDAY],
      ['2024-03-02'],
      undefined,
    ],
    ['a report that tells no weekday gets no day', '2024-03', [], ['2024-02-16'], undefined],
    ['a report with no related report gets no day', '2024-03', [FRIDAY], [], undefined],
  ])('%s', (_, month, past, related, day) => {
    expect(dayInLaterMonth(month, new Set(past), related)).toBe(day);
  });
});
