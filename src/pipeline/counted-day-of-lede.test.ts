/**
 * NOS's undated report of the day after Catalonia's referendum opens "Een dag na het omstreden
 * onafhankelijkheidsreferendum van zondag 1 oktober …": it is of Monday 2 October 2017.
 */
import { describe, expect, it } from 'vitest';
import { countedDayOfLede } from './counted-day-of-lede.ts';
import type { CountedSince } from './days-since-date.ts';
import type { Sister } from './sisters.ts';

function sister(id: string, date: string, score = 0.2): Sister {
  return { id, date, score, shared: [], members: 1 };
}

const RELATED = [sister('03_spiegel_koenigsrede', '2017-10-03')];
const ONE_DAY_SINCE_SUNDAY: CountedSince = { monthDay: '10-01', days: 1, fromWeekday: 0 };

describe('the day of a report whose lede counts days since a dated day', () => {
  it('"Een dag na het … referendum van zondag 1 oktober" beside a report of 3 October 2017 is of 2 October', () => {
    expect(countedDayOfLede(ONE_DAY_SINCE_SUNDAY, undefined, RELATED, () => null)).toMatchObject({
      date: '2017-10-02',
      precision: 'day',
      inferred: true,
    });
  });

  it('a report that gives only its month takes the day in that month', () => {
    expect(countedDayOfLede({ monthDay: '10-01', days: 2 }, '2017-10', [], () => null)?.date).toBe(
      '2017-10-03',
    );
  });

  it.each<[string, CountedSince, string | undefined, Sister[], string | null]>([
    [
      'a Sunday 1 October in a year where it is no Sunday',
      ONE_DAY_SINCE_SUNDAY,
      undefined,
      [sister('x', '2018-10-03')],
      null,
    ],
    [
      'no related report to give the year',
      ONE_DAY_SINCE_SUNDAY,
      undefined,
      [sister('x', '2017-10-03', 0.01)],
      null,
    ],
    ['a count of weeks, which is round', { monthDay: '10-01', days: 14 }, undefined, RELATED, null],
    ['a day outside the month the report gives', { monthDay: '09-30', days: 1 }, '2017-09', [], null],
    ['a day the text rules out', ONE_DAY_SINCE_SUNDAY, undefined, RELATED, 'the text names Sunday as today'],
  ])('none for %s', (_why, counted, month, sisters, conflict) => {
    expect(countedDayOfLede(counted, month, sisters, () => conflict)).toBeUndefined();
  });
});
