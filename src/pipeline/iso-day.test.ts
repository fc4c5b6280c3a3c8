import { describe, expect, it } from 'vitest';
import { daysBetween, shift } from './iso-day.ts';

describe('days counted between ISO days', () => {
  it.each([
    ['the day before 1 January is 31 December of the year before', '2022-01-01', -1, '2021-12-31'],
    ['a week after 29 February 2024 is 7 March', '2024-02-29', 7, '2024-03-07'],
    ['no days later is the same day', '2022-01-08', 0, '2022-01-08'],
  ])('%s', (_name, day, days, expected) => {
    expect(shift(day, days)).toBe(expected);
  });

  it.each([
    ['Friday 7 to Saturday 8 January 2022 is one day', '2022-01-07', '2022-01-08', 1],
    ['a later day to an earlier one counts backwards', '2022-01-08', '2022-01-02', -6],
    ['the change to summer time in March adds no day', '2022-03-26', '2022-03-28', 2],
  ])('%s', (_name, from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});
