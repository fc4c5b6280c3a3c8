import type { When } from '../types.ts';
import { addDays, formatDay, lastDayOfMonth, parseDay } from './calendar.ts';

/** How far back "before publication" reaches when nothing else is known. */
const LOOKBACK_DAYS = 7;

/**
 * A time known only to lie before publication, with low confidence: the week up to the day of
 * publication `dct`, or up to the end of its month when the article is dated only to its month.
 */
export function beforePublication(dct: string, monthOnly: boolean): When {
  const day = parseDay(dct) ?? { y: 1970, m: 1, d: 1 };
  const first = monthOnly ? { y: day.y, m: day.m, d: 1 } : day;
  const last = monthOnly ? lastDayOfMonth(day.y, day.m) : day;
  return {
    start: formatDay(addDays(first, -LOOKBACK_DAYS)),
    end: formatDay(last),
    precision: 'before-publication',
    value: 'PAST_REF',
    confidence: 0.2,
  };
}

/**
 * A time known only to lie before `day` (a saying's: "He said … had attacked"): the week up to the
 * day before it, with low confidence.
 */
export function beforeDay(day: string): When {
  const parsed = parseDay(day) ?? { y: 1970, m: 1, d: 1 };
  return {
    start: formatDay(addDays(parsed, -LOOKBACK_DAYS)),
    end: formatDay(addDays(parsed, -1)),
    precision: 'before-publication',
    value: 'PAST_REF',
    confidence: 0.2,
  };
}
