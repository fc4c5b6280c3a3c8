import { utcDay, utcHour, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3';
import type { TimeWindow, UiLanguage } from '../state.svelte.ts';
import { formatUtc } from '../date-format.ts';
import { DAY, HOUR } from './span.ts';

export type TickUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Tick {
  ms: number;
  label: string;
  /** A tick that starts a day (on an hour axis) or a year (on a month axis): drawn stronger. */
  major: boolean;
}

export interface TickChoice {
  unit: TickUnit;
  step: number;
  ticks: Tick[];
}

interface Level {
  unit: TickUnit;
  step: number;
  ms: number;
  interval: TimeInterval;
  pattern: string;
  /** Pattern for a tick that starts a larger unit, so every axis names its day or year. */
  majorPattern: string;
  isMajor: (d: Date) => boolean;
}

const startOfDay = (d: Date) => d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
const startOfYear = (d: Date) => d.getUTCMonth() === 0;

const hours = (step: number): Level => ({
  unit: 'hour',
  step,
  ms: step * HOUR,
  interval: utcHour.every(step) ?? utcHour,
  pattern: 'HH:mm',
  majorPattern: 'EEE d MMM',
  isMajor: startOfDay,
});

const days = (step: number): Level => ({
  unit: 'day',
  step,
  ms: step * DAY,
  interval: utcDay.every(step) ?? utcDay,
  pattern: step === 1 ? 'EEE d' : 'd MMM',
  majorPattern: 'd MMM',
  isMajor: (d) => d.getUTCDate() === 1 || step > 1,
});

const yearLevel: Level = {
  unit: 'year',
  step: 1,
  ms: 365 * DAY,
  interval: utcYear,
  pattern: 'yyyy',
  majorPattern: 'yyyy',
  isMajor: () => false,
};

/** From fine to coarse; the first level whose labels fit is chosen. */
const levels: Level[] = [
  hours(1),
  hours(3),
  hours(6),
  hours(12),
  days(1),
  days(2),
  {
    unit: 'week',
    step: 1,
    ms: 7 * DAY,
    interval: utcMonday,
    pattern: 'd MMM',
    majorPattern: 'd MMM',
    isMajor: () => false,
  },
  {
    unit: 'month',
    step: 1,
    ms: 30 * DAY,
    interval: utcMonth,
    pattern: 'MMM',
    majorPattern: 'MMM yyyy',
    isMajor: startOfYear,
  },
  {
    unit: 'month',
    step: 3,
    ms: 91 * DAY,
    interval: utcMonth.every(3) ?? utcMonth,
    pattern: 'MMM',
    majorPattern: 'MMM yyyy',
    isMajor: startOfYear,
  },
  yearLevel,
];

/**
 * Chooses the finest tick interval whose labels keep at least `spacing` pixels apart across
 * `width`, from hours when zoomed in to months and years when zoomed out.
 */
export function chooseTicks(
  window: TimeWindow,
  width: number,
  language: UiLanguage,
  spacing = 72,
): TickChoice {
  const span = window.to - window.from;
  const fits = Math.max(1, Math.floor(width / spacing));
  const level = levels.find((l) => span / l.ms <= fits) ?? yearLevel;
  const dates = level.interval.range(new Date(window.from), new Date(window.to + 1));
  const ticks = dates.map((d, i) => {
    const major = level.isMajor(d) || (i === 0 && level.unit === 'hour');
    return {
      ms: d.getTime(),
      label: formatUtc(d.getTime(), major ? level.majorPattern : level.pattern, language),
      major,
    };
  });
  return { unit: level.unit, step: level.step, ticks };
}
