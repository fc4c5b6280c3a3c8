/**
 * A conflict's values as a reader reads them: dates in words, figures with grouping, each with the
 * day it was reported, figures in the order they were reported. Pure: the table only lays them out.
 */
import type { Conflict } from '../../schema/events.ts';
import { formatUtc, intlLocale, parseUtc } from '../date-format.ts';
import { PART_OF_DAY, t } from '../i18n.ts';
import type { UiLanguage } from '../state.svelte.ts';

type Value = Conflict['values'][number];

const DAY = /^(\d{4}-\d{2}-\d{2})(?:T(MO|AF|EV|NI)|T(\d{2}:\d{2}))?$/;
const WEEK = /^(\d{4})-W(\d{2})(-WE)?$/;
const MONTH = /^\d{4}-\d{2}$/;
/** The days a source's words span ("de afgelopen week", "since the turn of the year"). */
const DAYS = /^(\d{4})-(\d{2})-\d{2}\/(\d{4})-(\d{2})-\d{2}$/;

const DAY_MS = 86_400_000;

/** Epoch ms of the Monday of ISO week `week` of `year` (the week that holds 4 January is week 1). */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * DAY_MS + (week - 1) * 7 * DAY_MS;
}

/**
 * A TIMEX value ("2022-01-05TNI", "2022-W01", "2022-01") in words: "5 Jan 2022, night", "week of 3
 * Jan 2022"; the days a source's words span ("2022-01-02/2022-01-08") as "2–8 Jan 2022".
 */
export function timexLabel(value: string, language: UiLanguage): string {
  const days = DAYS.exec(value);
  if (days) {
    const [first, last] = value.split('/') as [string, string];
    const sameYear = days[1] === days[3];
    const from = formatUtc(
      parseUtc(first),
      sameYear && days[2] === days[4] ? 'd' : sameYear ? 'd MMM' : 'd MMM yyyy',
      language,
    );
    return `${from}–${formatUtc(parseUtc(last), 'd MMM yyyy', language)}`;
  }
  const day = DAY.exec(value);
  if (day) {
    const date = formatUtc(parseUtc(day[1] as string), 'd MMM yyyy', language);
    if (day[2]) return `${date}, ${t(language, PART_OF_DAY[day[2] as keyof typeof PART_OF_DAY])}`;
    return day[3] ? `${date}, ${day[3]}` : date;
  }
  const week = WEEK.exec(value);
  if (week) {
    const monday = isoWeekMonday(Number(week[1]), Number(week[2]));
    const weekend = week[3] !== undefined;
    const first = formatUtc(weekend ? monday + 5 * DAY_MS : monday, 'd MMM yyyy', language);
    return t(language, weekend ? 'weekendOf' : 'weekOf', { day: first });
  }
  // A year, or anything else, reads as written.
  return MONTH.test(value) ? formatUtc(parseUtc(`${value}-01`), 'MMMM yyyy', language) : value;
}

const numberFormats = new Map<UiLanguage, Intl.NumberFormat>();

/** A figure with the grouping of the interface language: "3,000", "3.000". */
export function figureLabel(value: number, language: UiLanguage): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale[language]);
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** A conflict's value in words: a date for the `when` field, a grouped number for a figure. */
export function valueLabel(field: string, value: Value['value'], language: UiLanguage): string {
  if (typeof value === 'number') return figureLabel(value, language);
  return field === 'when' ? timexLabel(value, language) : value;
}

/** "reported 7 Jan" */
export function reportedLabel(reported: string, language: UiLanguage): string {
  return t(language, 'reportedOn', { day: formatUtc(parseUtc(reported), 'd MMM', language) });
}

/** A figure's values in the order they were reported, then by value; values with no day come last. */
export function orderedValues(conflict: Conflict): Value[] {
  if (!conflict.field.startsWith('figures.')) return conflict.values;
  return [...conflict.values].sort((a, b) => {
    if (a.reported !== b.reported) {
      if (a.reported === undefined) return 1;
      if (b.reported === undefined) return -1;
      return a.reported < b.reported ? -1 : 1;
    }
    return typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : 0;
  });
}

/**
 * Whether a figure only grew as it was reported: each value was first reported on a later day than
 * the one before it and is higher. A count that rose (200, then 2,000, then 3,000 arrests) is no
 * disagreement; two values of one day, or a lower one later, are.
 */
export function onlyGrows(values: readonly Value[]): boolean {
  if (values.length < 2) return false;
  for (let i = 1; i < values.length; i++) {
    const before = values[i - 1] as Value;
    const after = values[i] as Value;
    if (before.reported === undefined || after.reported === undefined || before.reported >= after.reported)
      return false;
    if (typeof before.value !== 'number' || typeof after.value !== 'number' || before.value >= after.value)
      return false;
  }
  return true;
}

/** The table's caption: the field, or for a count that rose, that it changed as reports came in. */
export function conflictCaption(conflict: Conflict, values: readonly Value[], language: UiLanguage): string {
  const field = conflict.field;
  if (field === 'when') return t(language, 'date');
  if (field === 'places' || field === 'actors') return t(language, field);
  if (!field.startsWith('figures.')) return field;
  const measure = field.slice('figures.'.length);
  if (!onlyGrows(values)) return `${t(language, 'figures')}: ${measure}`;
  return t(language, 'countChanged', { field: measure.charAt(0).toUpperCase() + measure.slice(1) });
}

/**
 * The heading over an event's conflicts: where every one is a count that rose as it was reported,
 * no source disagrees, and the heading says so.
 */
export function conflictsHeading(conflicts: readonly Conflict[], language: UiLanguage): string {
  const allRose =
    conflicts.length > 0 &&
    conflicts.every((c) => c.field.startsWith('figures.') && onlyGrows(orderedValues(c)));
  return t(language, allRose ? 'countsChanged' : 'conflicts');
}
