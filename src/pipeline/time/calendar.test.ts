import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatDay, formatWeek, mondayOf, parseDay, weekday } from './calendar.ts';

const day = (iso: string) => {
  const parsed = parseDay(iso);
  if (!parsed) throw new Error(`bad test day ${iso}`);
  return parsed;
};

describe('calendar', () => {
  it.each([
    ['2022-01-08', 6],
    ['2022-01-02', 0],
    ['2013-03-22', 5],
  ])('%s falls on weekday %i', (iso, expected) => {
    expect(weekday(day(iso))).toBe(expected);
  });

  it.each([
    ['2022-01-08', '2022-W01'],
    ['2022-01-02', '2021-W52'],
    ['2021-01-03', '2020-W53'],
    ['2013-03-22', '2013-W12'],
    ['2008-12-29', '2009-W01'],
  ])('the ISO week of %s is %s', (iso, expected) => {
    expect(formatWeek(day(iso))).toBe(expected);
  });

  it('finds the Monday of the week and moves across month and year ends', () => {
    expect(formatDay(mondayOf(day('2022-01-08')))).toBe('2022-01-03');
    expect(formatDay(addDays(day('2022-01-01'), -1))).toBe('2021-12-31');
    expect(formatDay(addMonths(day('2022-03-31'), -1))).toBe('2022-02-28');
  });

  it('rejects impossible days', () => {
    expect(parseDay('2022-02-30')).toBeNull();
    expect(parseDay('2022-1-3')).toBeNull();
  });

  it.each(['2022-01-08\n', ' 2022-01-08', '2022/01/08', '2022-01-0x', '2022-13-01', '2022-00-10', ''])(
    'reads no day from “%s”',
    (iso) => {
      expect(parseDay(iso)).toBeNull();
    },
  );

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2022-04-31', false],
    ['0096-02-29', true],
    ['0000-02-29', false],
  ])('%s is a day: %s', (iso, valid) => {
    expect(parseDay(iso) !== null).toBe(valid);
  });
});
