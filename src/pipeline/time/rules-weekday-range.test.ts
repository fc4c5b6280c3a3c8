import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('a stretch of weekdays is one interval', () => {
  it.each([
    [
      "a Dutch article of Saturday 20 July reads 'van woensdag tot en met vrijdag' as Wednesday 17 to Friday 19 July",
      'nl',
      '2024-07-20',
      'Van woensdag tot en met vrijdag liep het geweld in Dhaka verder uit de hand.',
      'Van woensdag tot en met vrijdag',
      '2024-07-17',
      '2024-07-19',
    ],
    [
      "a German article of Tuesday 6 August reads 'von Freitag bis Sonntag vergangener Woche' as 2 to 4 August",
      'de',
      '2024-08-06',
      'Von Freitag bis Sonntag vergangener Woche blieb das Land nahezu vollständig offline.',
      'Von Freitag bis Sonntag vergangener Woche',
      '2024-08-02',
      '2024-08-04',
    ],
    [
      "an English report of Monday 5 August reads 'between Friday and Sunday' as the three days before",
      'en',
      '2024-08-05',
      'Protesters blocked the main highways out of Dhaka between Friday and Sunday, police said.',
      'between Friday and Sunday',
      '2024-08-02',
      '2024-08-04',
    ],
    [
      "a stretch still to come starts on the next such day: 'will remain shut from Sunday to Tuesday' said on Thursday 8 August",
      'en',
      '2024-08-08',
      'The central bank said that banks will remain shut from Sunday to Tuesday.',
      'from Sunday to Tuesday',
      '2024-08-11',
      '2024-08-13',
    ],
    [
      "a German article of Friday 26 July reads 'Von Montag bis Mittwoch blieben … geschlossen' as 22 to 24 July",
      'de',
      '2024-07-26',
      'Von Montag bis Mittwoch blieben Schulen und Universitäten im ganzen Land geschlossen.',
      'Von Montag bis Mittwoch',
      '2024-07-22',
      '2024-07-24',
    ],
    [
      "a Dutch article of Tuesday 23 July reads 'tussen vrijdag en zondag' as 19 to 21 July",
      'nl',
      '2024-07-23',
      'Tussen vrijdag en zondag werden in Dhaka meer dan tweeduizend mensen opgepakt.',
      'Tussen vrijdag en zondag',
      '2024-07-19',
      '2024-07-21',
    ],
    [
      "a stretch over a weekend ('from Friday to Monday') told on Wednesday 24 July runs from 19 to 22 July",
      'en',
      '2024-07-24',
      'Mobile internet was cut from Friday to Monday across the country.',
      'from Friday to Monday',
      '2024-07-19',
      '2024-07-22',
    ],
    [
      "a stretch in the present that holds the publication day is that week's: 'run from Monday to Wednesday' on Tuesday 23 July",
      'en',
      '2024-07-23',
      'The talks in Geneva run from Monday to Wednesday.',
      'from Monday to Wednesday',
      '2024-07-22',
      '2024-07-24',
    ],
    [
      "a German stretch with parts of days ('vom Freitagabend bis zum Sonntagmorgen') keeps its days",
      'de',
      '2024-07-23',
      'Die Ausgangssperre galt vom Freitagabend bis zum Sonntagmorgen.',
      'vom Freitagabend bis zum Sonntagmorgen',
      '2024-07-19',
      '2024-07-21',
    ],
  ])('%s', (_name, lang, dct, text, expression, start, end) => {
    const found = extractTimexes(text, { lang, dct });
    expect(found.map((t) => [t.text, t.interval?.start, t.interval?.end, t.precision])).toEqual([
      [expression, start, end, 'day'],
    ]);
  });
});

describe('two weekdays that are no stretch stay two days', () => {
  it.each([
    [
      "'on Monday and Tuesday' names two days, each resolved on its own",
      'en',
      '2024-07-24',
      'Clashes were reported in Chittagong on Monday and Tuesday.',
      ['2024-07-22', '2024-07-23'],
    ],
    [
      "a hearing 'moved from Tuesday to Thursday' was on neither stretch: two days",
      'en',
      '2024-07-26',
      'The hearing was moved from Tuesday to Thursday, a court official said.',
      ['2024-07-23', '2024-07-25'],
    ],
  ])('%s', (_name, lang, dct, text, days) => {
    const found = extractTimexes(text, { lang, dct });
    expect(found.map((t) => t.value)).toEqual(days);
  });
});
