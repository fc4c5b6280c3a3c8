import { describe, expect, it } from 'vitest';
import { formatUtc, parseUtc } from './date-format.ts';

const at = (iso: string) => parseUtc(iso);

describe('formatUtc', () => {
  it.each([
    ['an English day names the weekday, day and month', '2022-01-07', 'EEEE d MMM', 'en', 'Friday 7 Jan'],
    ['a Dutch day uses Dutch names', '2022-01-07', 'EEEE d MMM', 'nl', 'vrijdag 7 jan'],
    ['a short English weekday', '2022-01-03', 'EEE d', 'en', 'Mon 3'],
    ['a short Dutch weekday has two letters', '2022-01-03', 'EEE d', 'nl', 'ma 3'],
    [
      'a long date spells the month and year',
      '2022-01-07',
      'EEEE d MMMM yyyy',
      'en',
      'Friday 7 January 2022',
    ],
    ['a long Dutch date', '2022-01-07', 'd MMMM yyyy', 'nl', '7 januari 2022'],
    ['the clock is 24-hour UTC', '2022-01-05T14:30', 'HH:mm', 'en', '14:30'],
    ['a morning hour keeps its leading zero', '2022-01-05T09:05', 'HH:mm', 'nl', '09:05'],
    ['a month and year', '2022-01-01', 'MMM yyyy', 'en', 'Jan 2022'],
    ['the last minute of a day stays on that day', '2022-01-07T23:59', 'EEEE d MMM', 'en', 'Friday 7 Jan'],
  ] as const)('%s', (_name, iso, pattern, language, expected) => {
    expect(formatUtc(at(iso), pattern, language)).toBe(expected);
  });

  it('words that are not tokens are kept', () => {
    expect(formatUtc(at('2022-01-07'), 'week of d MMM', 'en')).toBe('week of 7 Jan');
  });
});

describe('parseUtc', () => {
  it.each([
    ['a bare day is midnight UTC', '2022-01-07', Date.UTC(2022, 0, 7)],
    ['a minute is read as UTC', '2022-01-07T09:30', Date.UTC(2022, 0, 7, 9, 30)],
  ] as const)('%s', (_name, iso, expected) => {
    expect(parseUtc(iso)).toBe(expected);
  });
});
