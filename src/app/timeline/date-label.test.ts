import { describe, expect, it } from 'vitest';
import type { When } from '../../schema/events.ts';
import { dateLabel } from './date-label.ts';

const when = (w: Partial<When> & Pick<When, 'start' | 'precision'>): When => ({
  end: w.start,
  value: w.start,
  confidence: 0.8,
  ...w,
});

describe('dateLabel', () => {
  it.each([
    [
      'a day-precise event names its weekday and day',
      when({ start: '2022-01-07', precision: 'day' }),
      'en',
      'Friday 7 Jan',
    ],
    [
      'a day-precise event in Dutch uses Dutch names',
      when({ start: '2022-01-07', precision: 'day' }),
      'nl',
      'vrijdag 7 jan',
    ],
    [
      'a timed event adds the clock time',
      when({ start: '2022-01-05T14:30', precision: 'time' }),
      'en',
      'Wednesday 5 Jan, 14:30',
    ],
    [
      'a part of day from the TIMEX value is named',
      when({ start: '2022-01-07', precision: 'part-of-day', value: '2022-01-07TMO' }),
      'en',
      'Friday 7 Jan morning',
    ],
    [
      'a part of day only in the text is still named',
      when({ start: '2022-01-08', precision: 'part-of-day', text: 'on Saturday night' }),
      'en',
      'Saturday 8 Jan night',
    ],
    [
      'a week said as "this week" is retold as "that week"',
      when({ start: '2022-01-03', end: '2022-01-08', precision: 'week', text: 'earlier this week' }),
      'en',
      'earlier that week (3–8 Jan)',
    ],
    [
      'a week without words gives its first day',
      when({ start: '2022-01-03', end: '2022-01-09', precision: 'week' }),
      'en',
      'week of 3 Jan',
    ],
    [
      'something before publication says before which day',
      when({ start: '2022-01-02', end: '2022-01-08', precision: 'before-publication' }),
      'en',
      'before 8 Jan',
    ],
    [
      'before publication in Dutch',
      when({ start: '2022-01-02', end: '2022-01-08', precision: 'before-publication' }),
      'nl',
      'vóór 8 jan',
    ],
    [
      'a month-precise event names the month',
      when({ start: '2022-01-01', end: '2022-01-31', precision: 'month' }),
      'en',
      'January 2022',
    ],
    [
      'a multi-day interval gives its first and last day',
      when({ start: '2022-01-05', end: '2022-01-07', precision: 'day' }),
      'en',
      '5–7 Jan',
    ],
    [
      'an interval across months names both months',
      when({ start: '2021-12-30', end: '2022-01-02', precision: 'day' }),
      'en',
      '30 Dec–2 Jan',
    ],
  ] as const)('%s', (_name, w, language, expected) => {
    expect(dateLabel(w, language)).toBe(expected);
  });
});
