import { describe, expect, it } from 'vitest';
import { formatDay, parseDay, type Day } from './calendar.ts';
import { resolveWeekday, type WeekdayModifier } from './weekday.ts';
import type { Tense } from './tense.ts';

const SATURDAY = parseDay('2022-01-08') as Day;

describe('the news rule for weekdays, published Saturday 8 January 2022', () => {
  it.each<[string, number, Tense, WeekdayModifier, string]>([
    ['“on Friday” in a past-tense sentence is the day before', 5, 'past', 'none', '2022-01-07'],
    ['“on Saturday” is the publication day itself', 6, 'past', 'none', '2022-01-08'],
    [
      '“on Sunday” in a past-tense sentence is six days back, never tomorrow',
      0,
      'past',
      'none',
      '2022-01-02',
    ],
    ['“on Sunday” with no tense marker still looks back', 0, 'unknown', 'none', '2022-01-02'],
    ['“on Sunday” in a future-tense sentence is tomorrow', 0, 'future', 'none', '2022-01-09'],
    ['“last Sunday” is 2 January', 0, 'past', 'last', '2022-01-02'],
    ['“last Saturday” said on a Saturday is a week ago', 6, 'past', 'last', '2022-01-01'],
    ['“next Friday” is the Friday after publication', 5, 'past', 'next', '2022-01-14'],
    ['“this Saturday” in a future-tense sentence is today', 6, 'future', 'this', '2022-01-08'],
  ])('%s', (_name, target, tense, modifier, expected) => {
    expect(formatDay(resolveWeekday(target, SATURDAY, tense, modifier))).toBe(expected);
  });
});
