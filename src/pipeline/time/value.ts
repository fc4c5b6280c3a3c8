/**
 * TIMEX3 values and calendar intervals for resolved expressions. Every constructor returns the
 * value, the interval (inclusive ISO days) and the precision together, so they never disagree.
 */
import type { Precision, TimexType } from '../types.ts';
import {
  addDays,
  compareDays,
  formatDay,
  formatMonth,
  formatWeek,
  lastDayOfMonth,
  mondayOf,
  type Day,
} from './calendar.ts';
import type { PartOfDay, Unit } from './lexicon.ts';

export interface Resolved {
  type: TimexType;
  value: string;
  interval: { start: string; end: string } | null;
  precision: Precision;
}

const span = (start: Day, end: Day) => ({ start: formatDay(start), end: formatDay(end) });

/** Cut an interval's end at `clip` (e.g. "earlier this week" ends on the publication day). */
function clipped(start: Day, end: Day, clip?: Day) {
  return span(start, clip && compareDays(clip, end) < 0 && compareDays(clip, start) >= 0 ? clip : end);
}

export function dayValue(day: Day): Resolved {
  return { type: 'DATE', value: formatDay(day), interval: span(day, day), precision: 'day' };
}

export function partOfDayValue(day: Day, part: PartOfDay): Resolved {
  return {
    type: 'TIME',
    value: `${formatDay(day)}T${part}`,
    interval: span(day, day),
    precision: 'part-of-day',
  };
}

/** A night that runs from `first` into the next day. */
export function nightValue(first: Day): Resolved {
  return {
    type: 'TIME',
    value: `${formatDay(first)}TNI`,
    interval: span(first, addDays(first, 1)),
    precision: 'part-of-day',
  };
}

export function timeValue(day: Day, hour: number, minute: number): Resolved {
  const stamp = `${formatDay(day)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return { type: 'TIME', value: stamp, interval: { start: stamp, end: stamp }, precision: 'time' };
}

export function weekValue(day: Day, clip?: Day): Resolved {
  const monday = mondayOf(day);
  return {
    type: 'DATE',
    value: formatWeek(day),
    interval: clipped(monday, addDays(monday, 6), clip),
    precision: 'week',
  };
}

export function weekendValue(day: Day): Resolved {
  const saturday = addDays(mondayOf(day), 5);
  return {
    type: 'DATE',
    value: `${formatWeek(day)}-WE`,
    interval: span(saturday, addDays(saturday, 1)),
    precision: 'week',
  };
}

export function monthValue(y: number, m: number, clip?: Day): Resolved {
  return {
    type: 'DATE',
    value: formatMonth(y, m),
    interval: clipped({ y, m, d: 1 }, lastDayOfMonth(y, m), clip),
    precision: 'month',
  };
}

export function quarterValue(y: number, q: number): Resolved {
  const first = (q - 1) * 3 + 1;
  return {
    type: 'DATE',
    value: `${y}-Q${q}`,
    interval: span({ y, m: first, d: 1 }, lastDayOfMonth(y, first + 2)),
    precision: 'month',
  };
}

/** First month of each meteorological season; winter runs from December into the next year. */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** A season of year `y` ("2021-WI" is December 2021 to February 2022): three months, month precision. */
export function seasonValue(y: number, code: string): Resolved {
  const first = SEASON_START[code] ?? 1;
  const endYear = first === 12 ? y + 1 : y;
  const endMonth = first === 12 ? 2 : first + 2;
  return {
    type: 'DATE',
    value: `${y}-${code}`,
    interval: span({ y, m: first, d: 1 }, lastDayOfMonth(endYear, endMonth)),
    precision: 'month',
  };
}

export function yearValue(y: number, clip?: Day): Resolved {
  return {
    type: 'DATE',
    value: String(y),
    interval: clipped({ y, m: 1, d: 1 }, { y, m: 12, d: 31 }, clip),
    precision: 'year',
  };
}

export type YearEdge = 'start' | 'middle' | 'end';

/**
 * The start, middle or end of a year ("at the start of the year", "the end of the year"): its
 * first, middle or last quarter of months, up to publication when told within it. The value stays
 * the year's, as TimeML writes it without a modifier.
 */
export function yearEdgeValue(y: number, edge: YearEdge, clip?: Day): Resolved {
  const first = edge === 'start' ? 1 : edge === 'middle' ? 5 : 10;
  const last = first + (edge === 'middle' ? 3 : 2);
  return {
    type: 'DATE',
    value: String(y),
    interval: clipped({ y, m: first, d: 1 }, lastDayOfMonth(y, last), clip),
    precision: 'month',
  };
}

/**
 * The start, middle or end of a month ("Anfang Januar", "early January", "eind maart"): its first,
 * middle or last ten days, up to publication when told within them. The value stays the month's.
 */
export function monthEdgeValue(y: number, m: number, edge: YearEdge, clip?: Day): Resolved {
  const first = edge === 'start' ? 1 : edge === 'middle' ? 11 : 21;
  const last: Day = edge === 'end' ? lastDayOfMonth(y, m) : { y, m, d: first + 9 };
  return {
    type: 'DATE',
    value: formatMonth(y, m),
    interval: clipped({ y, m, d: first }, last, clip),
    precision: 'month',
  };
}

export function decadeValue(decade: number): Resolved {
  return {
    type: 'DATE',
    value: String(Math.floor(decade / 10)),
    interval: span({ y: decade, m: 1, d: 1 }, { y: decade + 9, m: 12, d: 31 }),
    precision: 'year',
  };
}

/** From `start` up to the publication day ("since the turn of the year"). */
export function sinceValue(start: Day, dct: Day): Resolved {
  return { type: 'DATE', value: formatDay(start), interval: span(start, dct), precision: 'day' };
}

export function presentValue(dct: Day): Resolved {
  return { type: 'DATE', value: 'PRESENT_REF', interval: span(dct, dct), precision: 'day' };
}

export function pastRefValue(): Resolved {
  return { type: 'DATE', value: 'PAST_REF', interval: null, precision: 'before-publication' };
}

export function futureRefValue(): Resolved {
  return { type: 'DATE', value: 'FUTURE_REF', interval: null, precision: 'year' };
}

const DURATION_CODE: Record<Unit, { code: string; time: boolean; factor: number }> = {
  minute: { code: 'M', time: true, factor: 1 },
  hour: { code: 'H', time: true, factor: 1 },
  day: { code: 'D', time: false, factor: 1 },
  week: { code: 'W', time: false, factor: 1 },
  weekend: { code: 'WE', time: false, factor: 1 },
  month: { code: 'M', time: false, factor: 1 },
  quarter: { code: 'Q', time: false, factor: 1 },
  year: { code: 'Y', time: false, factor: 1 },
  decade: { code: 'Y', time: false, factor: 10 },
  century: { code: 'CE', time: false, factor: 1 },
};

const UNIT_PRECISION: Record<Unit, Precision> = {
  minute: 'time',
  hour: 'time',
  day: 'day',
  week: 'week',
  weekend: 'week',
  month: 'month',
  quarter: 'month',
  year: 'year',
  decade: 'year',
  century: 'year',
};

/** Fractions written in the next smaller unit, as TIMEX3 wants: "2 1/2 years" is P2Y6M, not P2.5Y. */
const SPLIT: Partial<
  Record<Unit, { big: string; small: string; per: number; time: 'both' | 'small' | 'none' }>
> = {
  year: { big: 'Y', small: 'M', per: 12, time: 'none' },
  decade: { big: 'Y', small: 'M', per: 12, time: 'none' },
  day: { big: 'D', small: 'H', per: 24, time: 'small' },
  hour: { big: 'H', small: 'M', per: 60, time: 'both' },
  minute: { big: 'M', small: 'S', per: 60, time: 'both' },
};

function fractionCode(count: number, unit: Unit): string | undefined {
  const split = SPLIT[unit];
  if (!split) return undefined;
  const total = count * DURATION_CODE[unit].factor;
  const whole = Math.floor(total);
  const rest = Math.round((total - whole) * split.per);
  if (rest === 0 || rest === split.per) return undefined;
  const big = whole > 0 ? `${whole}${split.big}` : '';
  if (split.time === 'both') return `PT${big}${rest}${split.small}`;
  if (split.time === 'small') return `P${big}T${rest}${split.small}`;
  return `P${big}${rest}${split.small}`;
}

/** TIMEX3 duration: P3D, PT24H, P10Y for "a decade", PXD for "days" (count unknown). */
export function durationValue(count: number | null, unit: Unit): Resolved {
  const fraction = count !== null && !Number.isInteger(count) ? fractionCode(count, unit) : undefined;
  if (fraction) return { type: 'DURATION', value: fraction, interval: null, precision: UNIT_PRECISION[unit] };
  const { code, time, factor } = DURATION_CODE[unit];
  const amount = count === null ? 'X' : String(count * factor);
  const unitCode = count === null && unit === 'decade' ? 'DE' : code;
  return {
    type: 'DURATION',
    value: `P${time ? 'T' : ''}${amount}${unitCode}`,
    interval: null,
    precision: UNIT_PRECISION[unit],
  };
}

const SET_VALUE: Partial<Record<Unit, string>> = {
  hour: 'PT1H',
  day: 'P1D',
  week: 'P1W',
  weekend: 'XXXX-WXX-WE',
  month: 'P1M',
  quarter: 'P1Q',
  year: 'P1Y',
};

export function setValue(unit: Unit): Resolved {
  return { type: 'SET', value: SET_VALUE[unit] ?? 'P1D', interval: null, precision: UNIT_PRECISION[unit] };
}

/**
 * A publication date known only to the month cannot carry a day-level relative expression:
 * "on Friday" in an article of "January 2022" is some day of that month, nothing finer.
 */
export function coarsenToMonth(resolved: Resolved, dct: Day): Resolved {
  if (resolved.precision === 'month' || resolved.precision === 'year' || resolved.interval === null) {
    return resolved;
  }
  return Object.assign(monthValue(dct.y, dct.m), { type: resolved.type === 'TIME' ? 'DATE' : resolved.type });
}
