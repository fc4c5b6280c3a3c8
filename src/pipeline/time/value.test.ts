import { describe, expect, it } from 'vitest';
import { parseDay, type Day } from './calendar.ts';
import {
  coarsenToMonth,
  dayValue,
  durationValue,
  nightValue,
  partOfDayValue,
  quarterValue,
  seasonValue,
  weekValue,
  yearValue,
  type Resolved,
} from './value.ts';

const d = (iso: string) => parseDay(iso) as Day;

describe('TIMEX3 values with their interval and precision', () => {
  it.each<[string, Resolved, Resolved]>([
    [
      'a day is itself',
      dayValue(d('2022-01-07')),
      {
        type: 'DATE',
        value: '2022-01-07',
        interval: { start: '2022-01-07', end: '2022-01-07' },
        precision: 'day',
      },
    ],
    [
      'Friday morning is a TIME with part-of-day precision',
      partOfDayValue(d('2022-01-07'), 'MO'),
      {
        type: 'TIME',
        value: '2022-01-07TMO',
        interval: { start: '2022-01-07', end: '2022-01-07' },
        precision: 'part-of-day',
      },
    ],
    [
      'a night spans into the next day',
      nightValue(d('2022-01-07')),
      {
        type: 'TIME',
        value: '2022-01-07TNI',
        interval: { start: '2022-01-07', end: '2022-01-08' },
        precision: 'part-of-day',
      },
    ],
    [
      'the week of 8 January 2022 is ISO week 1, cut at publication',
      weekValue(d('2022-01-08'), d('2022-01-08')),
      {
        type: 'DATE',
        value: '2022-W01',
        interval: { start: '2022-01-03', end: '2022-01-08' },
        precision: 'week',
      },
    ],
    [
      'a year covers the whole calendar year',
      yearValue(2021),
      {
        type: 'DATE',
        value: '2021',
        interval: { start: '2021-01-01', end: '2021-12-31' },
        precision: 'year',
      },
    ],
    [
      'a quarter covers three months',
      quarterValue(1989, 3),
      {
        type: 'DATE',
        value: '1989-Q3',
        interval: { start: '1989-07-01', end: '1989-09-30' },
        precision: 'month',
      },
    ],
    [
      'a summer covers June to August',
      seasonValue(2023, 'SU'),
      {
        type: 'DATE',
        value: '2023-SU',
        interval: { start: '2023-06-01', end: '2023-08-31' },
        precision: 'month',
      },
    ],
    [
      'a winter runs from December into the next year',
      seasonValue(2021, 'WI'),
      {
        type: 'DATE',
        value: '2021-WI',
        interval: { start: '2021-12-01', end: '2022-02-28' },
        precision: 'month',
      },
    ],
    [
      'three days is P3D',
      durationValue(3, 'day'),
      { type: 'DURATION', value: 'P3D', interval: null, precision: 'day' },
    ],
    [
      'days without a count is PXD',
      durationValue(null, 'day'),
      { type: 'DURATION', value: 'PXD', interval: null, precision: 'day' },
    ],
    [
      'a decade is ten years',
      durationValue(1, 'decade'),
      { type: 'DURATION', value: 'P10Y', interval: null, precision: 'year' },
    ],
    [
      '24 hours is PT24H',
      durationValue(24, 'hour'),
      { type: 'DURATION', value: 'PT24H', interval: null, precision: 'time' },
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('coarsens a day to the month of a month-only publication date, but keeps a year', () => {
    expect(coarsenToMonth(dayValue(d('2022-01-07')), d('2022-01-01'))).toMatchObject({
      value: '2022-01',
      precision: 'month',
      interval: { start: '2022-01-01', end: '2022-01-31' },
    });
    expect(coarsenToMonth(yearValue(2021), d('2022-01-01')).value).toBe('2021');
  });
});
