import { describe, expect, it } from 'vitest';
import { chooseTicks } from './ticks.ts';

const utc = (iso: string) => Date.parse(`${iso}Z`);
const window = (from: string, to: string) => ({ from: utc(from), to: utc(to) });

describe('chooseTicks', () => {
  it.each([
    [
      'half a year across 800 pixels is marked by month',
      window('2022-01-01T00:00', '2022-07-01T00:00'),
      'month',
      1,
    ],
    [
      'two years across 800 pixels are marked every three months',
      window('2021-01-01T00:00', '2023-01-01T00:00'),
      'month',
      3,
    ],
    [
      'two months across 800 pixels are marked by week',
      window('2022-01-01T00:00', '2022-03-01T00:00'),
      'week',
      1,
    ],
    ['a week across 800 pixels is marked by day', window('2022-01-03T00:00', '2022-01-10T00:00'), 'day', 1],
    [
      'two days across 800 pixels are marked every six hours',
      window('2022-01-05T00:00', '2022-01-07T00:00'),
      'hour',
      6,
    ],
    [
      'six hours across 800 pixels are marked every hour',
      window('2022-01-05T06:00', '2022-01-05T12:00'),
      'hour',
      1,
    ],
  ])('%s', (_name, w, unit, step) => {
    const choice = chooseTicks(w, 800, 'en');
    expect([choice.unit, choice.step]).toEqual([unit, step]);
  });

  it('ticks never crowd closer than the spacing allows', () => {
    const w = window('2022-01-01T00:00', '2022-02-01T00:00');
    for (const width of [320, 600, 1200]) {
      expect(chooseTicks(w, width, 'en', 72).ticks.length).toBeLessThanOrEqual(Math.floor(width / 72) + 1);
    }
  });

  it.each([
    ['English day ticks name the weekday', window('2022-01-03T00:00', '2022-01-10T00:00'), 'en', 'Mon 3'],
    [
      'Dutch day ticks name the weekday in Dutch',
      window('2022-01-03T00:00', '2022-01-10T00:00'),
      'nl',
      'ma 3',
    ],
    [
      'an hour axis names the day at midnight',
      window('2022-01-04T22:00', '2022-01-05T04:00'),
      'en',
      'Wed 5 Jan',
    ],
    [
      'month ticks at a new year give the year',
      window('2021-11-01T00:00', '2022-06-01T00:00'),
      'en',
      'Jan 2022',
    ],
  ] as const)('%s', (_name, w, language, label) => {
    expect(chooseTicks(w, 800, language).ticks.map((t) => t.label)).toContain(label);
  });

  it('hour ticks are labelled with the UTC clock time', () => {
    const labels = chooseTicks(window('2022-01-05T06:00', '2022-01-05T09:00'), 800, 'en').ticks.map(
      (t) => t.label,
    );
    expect(labels).toEqual(expect.arrayContaining(['07:00', '08:00']));
  });
});
