/**
 * A day ahead that a measure holds from, or that a declaration makes into a day of mourning, is
 * when that begins, not when it was declared: Sánchez declared national mourning on the day of the
 * report, from the Thursday after it; Tokayev declared the Monday ahead a day of mourning on the
 * Friday of the report's news.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom } from './test-articles.ts';

/** Published Wednesday 30 October 2024: Thursday lies ahead. */
const FROM_AHEAD: [string, string][] = [
  [
    'en',
    'Prime Minister Pedro Sánchez declared three days of national mourning from Thursday and promised that the central government would help rebuild the affected towns.',
  ],
  ['nl', 'Premier Pedro Sánchez heeft vanaf donderdag drie dagen van nationale rouw afgekondigd.'],
  ['de', 'Ministerpräsident Pedro Sánchez hat ab Donnerstag eine dreitägige Staatstrauer angeordnet.'],
];

/** The same with a Thursday already past: published Saturday 2 November 2024. */
const FROM_PAST: [string, string][] = [
  ['en', 'Prime Minister Pedro Sánchez declared three days of national mourning from Thursday.'],
];

const article = (date: string, sentence: string) => ` date ${date} Report\n\n${sentence}\n`;

let ahead: EventFile;
let past: EventFile;
beforeAll(async () => {
  ahead = await eventFileOf(
    Object.fromEntries(FROM_AHEAD.map(([lang, s]) => [`${lang}.txt`, article('2024-10-30', s)])),
  );
  past = await eventFileOf(
    Object.fromEntries(FROM_PAST.map(([lang, s]) => [`${lang}.txt`, article('2024-11-02', s)])),
  );
}, 30_000);

const mourning = (file: EventFile, sentence: string) =>
  eventsFrom(file, sentence).find((e) => e.title.includes('national mourning'));

describe('national mourning declared from a day ahead', () => {
  it.each(FROM_AHEAD)('[%s] “%s” is declared by Wednesday, not on Thursday', (_, sentence) => {
    const declared = mourning(ahead, sentence);
    expect(declared?.title).toBe('Pedro Sánchez declares national mourning');
    expect(declared?.when.end.slice(0, 10)).toBe('2024-10-30');
  });

  it.each(FROM_PAST)('[%s] “%s”, read on the Saturday after, begins on that Thursday', (_, sentence) => {
    expect(mourning(past, sentence)?.when.start).toBe('2024-10-31');
  });
});

/** A report of Friday 7 January 2022 whose lede tells that morning's news. */
const DESIGNATED: [string, string, string, string][] = [
  [
    'en',
    'Sporadic gunfire was heard in Almaty on Friday morning.',
    'The city is the largest of the country.',
    'Tokayev declared Monday a national day of mourning for the victims.',
  ],
  [
    'nl',
    'Vrijdagochtend werd in Almaty nog geschoten.',
    'De stad is de grootste van het land.',
    'Tokajev riep maandag uit tot nationale rouwdag.',
  ],
  [
    'de',
    'Am Freitagmorgen waren in Almaty noch Schüsse zu hören.',
    'Die Stadt ist die größte des Landes.',
    'Tokajew erklärte den Montag zum nationalen Trauertag.',
  ],
];

let designated: EventFile;
beforeAll(async () => {
  designated = await eventFileOf(
    Object.fromEntries(
      DESIGNATED.map(([lang, lede, aside, later]) => [
        `${lang}.txt`,
        ` date 2022-01-07 Bericht\n\n${lede}\n\n${aside}\n\n${later}\n`,
      ]),
    ),
  );
}, 30_000);

describe('a day of mourning declared for a Monday ahead', () => {
  it.each(DESIGNATED)(
    '[%s] “%s … %s … %s” was declared on Friday, the day of the news',
    (...[, , , later]) => {
      const declared = eventsFrom(designated, later).find((e) =>
        e.title.endsWith('declares national mourning'),
      );
      expect([declared?.when.start, declared?.when.precision]).toEqual(['2022-01-07', 'day']);
    },
  );
});

/** Published Sunday 4 August 2024: the holiday begins on the Monday ahead, the curfew that evening. */
const WITH_CURFEW: [string, string][] = [
  [
    'en',
    'The government has imposed an indefinite nationwide curfew from 18:00 local time and declared a three-day general holiday from Monday.',
  ],
  [
    'de',
    'Die Regierung hat ab 18 Uhr Ortszeit eine landesweite Ausgangssperre verhängt und ab Montag drei allgemeine Feiertage ausgerufen.',
  ],
];

let withCurfew: EventFile;
beforeAll(async () => {
  withCurfew = await eventFileOf(
    Object.fromEntries(WITH_CURFEW.map(([lang, s]) => [`${lang}.txt`, article('2024-08-04', s)])),
  );
}, 30_000);

describe('a holiday declared from Monday beside a curfew from 18:00', () => {
  it.each(WITH_CURFEW)(
    '[%s] “%s”: the holiday is declared on Sunday, not at the curfew’s hour',
    (_, sentence) => {
      const holiday = eventsFrom(withCurfew, sentence).find((e) => e.title.includes('public holiday'));
      expect([holiday?.when.start, holiday?.when.precision]).toEqual(['2024-08-04', 'day']);
    },
  );
});
