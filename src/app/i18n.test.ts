import { describe, expect, it } from 'vitest';
import type { When } from '../schema/events.ts';
import { formatPublished, formatWhen, languageName, t } from './i18n.ts';

const when = (patch: Partial<When>): When => ({
  start: '2022-01-07',
  end: '2022-01-07',
  precision: 'day',
  value: '2022-01-07',
  confidence: 1,
  ...patch,
});

describe('t', () => {
  it.each([
    ['English is the default wording', 'en', 'nextEvent', {}, 'Next event'],
    ['Dutch has its own wording', 'nl', 'nextEvent', {}, 'Volgende gebeurtenis'],
    [
      'placeholders are filled in',
      'en',
      'summary',
      { shown: 3, total: 8, documents: 4 },
      '3 of 8 events from 4 articles',
    ],
    ['Dutch placeholders are filled in', 'nl', 'eventsAt', { place: 'Almaty' }, 'Gebeurtenissen in Almaty'],
    ['a missing placeholder stays visible', 'en', 'eventsAt', {}, 'Events at {place}'],
  ] as const)('%s', (_name, language, key, vars, expected) => {
    expect(t(language, key, vars)).toBe(expected);
  });
});

describe('formatWhen', () => {
  it.each([
    ['a day names the weekday', 'en', when({}), 'Friday 7 January 2022'],
    ['a day in Dutch uses Dutch names', 'nl', when({}), 'vrijdag 7 januari 2022'],
    [
      'a time adds the clock',
      'en',
      when({ precision: 'time', start: '2022-01-07T09:30' }),
      'Friday 7 January 2022, 09:30',
    ],
    ['a month shows only the month', 'nl', when({ precision: 'month', start: '2022-01-01' }), 'januari 2022'],
    [
      'a week says which week',
      'en',
      when({ precision: 'week', start: '2022-01-03' }),
      'week of 3 January 2022',
    ],
    [
      'before publication names the limit',
      'en',
      when({ precision: 'before-publication', start: '2022-01-02', end: '2022-01-08' }),
      'before 8 January 2022',
    ],
    ['an interval shows both ends', 'en', when({ end: '2022-01-09' }), '7 January 2022 – 9 January 2022'],
  ] as const)('%s', (_name, language, value, expected) => {
    expect(formatWhen(language, value)).toBe(expected);
  });

  it.each([
    ['a short day drops the weekday', 'en', when({}), '7 Jan 2022'],
    [
      'a short date before publication still says before',
      'en',
      when({ precision: 'before-publication', start: '2022-01-01', end: '2022-01-08' }),
      'before 8 Jan 2022',
    ],
    ['a short Dutch month', 'nl', when({ precision: 'month', start: '2022-01-01' }), 'jan 2022'],
  ] as const)('%s', (_name, language, value, expected) => {
    expect(formatWhen(language, value, 'short')).toBe(expected);
  });
});

describe('other dates', () => {
  it.each([
    [
      'a month-only publication stays a month',
      formatPublished('en', { date: '2022-01-01', precision: 'month', inferred: false }),
      'January 2022',
    ],
    [
      'an inferred day of publication is shown as a day',
      formatPublished('nl', { date: '2022-01-08', precision: 'month', inferred: true, reason: 'x' }),
      '8 januari 2022',
    ],
    ['a source language is named in the interface language', languageName('nl', 'en'), 'Engels'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
