/**
 * What a candidate's TIMEX3 value says of its part of the day, read once per candidate: the merge
 * holds every pair's values against each other, and a pattern run on both values of each pair
 * costs more than the rest of comparing their times.
 */
export interface ValueShape {
  /** The day of an evening's or a night's value ("2024-07-30" of "2024-07-30TEV"), or "". */
  lateDay: string;
  /** A night's value ("2024-11-28TNI"). */
  ofNight: boolean;
  /** An evening's value ("2021-01-07TEV"). */
  ofEvening: boolean;
  /** A whole day's value ("2025-05-07"). */
  wholeDay: boolean;
}

const LATE = /^(\d{4}-\d{2}-\d{2})T(?:EV|NI)$/;

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

export function valueShape(value: string): ValueShape {
  return {
    lateDay: LATE.exec(value)?.[1] ?? '',
    ofNight: value.endsWith('TNI'),
    ofEvening: value.endsWith('TEV'),
    wholeDay: DAY_VALUE.test(value),
  };
}
