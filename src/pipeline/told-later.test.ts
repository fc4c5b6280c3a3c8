import { describe, expect, it } from 'vitest';
import {
  daysAfter,
  daysBefore,
  tellsOnTheirDays,
  toldAWeekLate,
  toldAWeekLater,
  type Told,
} from './told-later.ts';

const RARE = new Set(['airspace-closure', 'ultimatum-expired', 'theft']);
const rare = (kind: string) => RARE.has(kind);
const told = (kind: string, day: string, document = 'undated'): Told => ({ kind, day, document });

// "Die Militärjunta im Niger hat … den Luftraum des Landes geschlossen … am Sonntagabend", read
// from Thursday 2023-08-03, the day of the report it shares the most news with.
const dpa = [told('airspace-closure', '2023-07-30'), told('ultimatum-expired', '2023-07-30')];
// "De militairen sloten zondagavond het luchtruim van Niger", in a report of 2023-08-11.
const volkskrant = [
  told('airspace-closure', '2023-08-06', 'vk'),
  told('ultimatum-expired', '2023-08-06', 'vk'),
];

describe('a report that tells, a week early, what dated reports put later', () => {
  it.each<[string, string, Told[], Told[], string[]]>([
    [
      'an airspace closed on a Sunday a week before the dated reports’ Sunday was read in the wrong week',
      '2023-08-03',
      dpa,
      volkskrant,
      ['airspace-closure 2023-08-06', 'ultimatum-expired 2023-08-06'],
    ],
    [
      'a closure told on the dated reports’ own day says nothing',
      '2023-08-07',
      [told('airspace-closure', '2023-08-06')],
      volkskrant,
      [],
    ],
    [
      'a closure a dated report tells on or before the report’s day is that one',
      '2023-08-03',
      dpa,
      [told('airspace-closure', '2023-08-02', 'early'), ...volkskrant],
      ['ultimatum-expired 2023-08-06'],
    ],
    [
      'a happening stories often have twice (a protest) is no evidence',
      '2023-08-03',
      [told('protest', '2023-07-30')],
      [told('protest', '2023-08-06', 'vk')],
      [],
    ],
    [
      'a happening told three weeks before its dated day is another one',
      '2023-07-20',
      [told('airspace-closure', '2023-07-16')],
      volkskrant,
      [],
    ],
    [
      'a kind the report tells twice, once on the dated day, was not read in the wrong week',
      '2023-08-03',
      [told('airspace-closure', '2023-07-30'), told('airspace-closure', '2023-08-06')],
      volkskrant,
      [],
    ],
  ])('%s', (_, published, own, dated, expected) => {
    expect(toldAWeekLater(published, own, dated, rare).map((t) => `${t.kind} ${t.day}`)).toEqual(expected);
  });

  it.each<[string, Told[], boolean]>([
    [
      'read from Monday 2023-08-07, the Sunday evening closure and the night to Monday fall on the dated Sunday',
      [told('airspace-closure', '2023-08-06'), told('ultimatum-expired', '2023-08-06')],
      true,
    ],
    [
      'read from Sunday 2023-08-06, “in der Nacht zum Montag” still falls a week early',
      [told('airspace-closure', '2023-08-06'), told('ultimatum-expired', '2023-07-30')],
      false,
    ],
  ])('%s', (_, own, expected) => {
    expect(tellsOnTheirDays(own, volkskrant)).toBe(expected);
  });

  it('tries the week from the latest of the dated days on', () => {
    expect(daysAfter([told('a', '2023-08-05'), told('b', '2023-08-06')])).toEqual([
      '2023-08-06',
      '2023-08-07',
      '2023-08-08',
      '2023-08-09',
      '2023-08-10',
      '2023-08-11',
      '2023-08-12',
    ]);
  });
});

// "Het balkon waarlangs de dieven zondag binnenkwamen", in a month-only report first read from
// Thursday 2025-10-30, the day of the report it shares the most names with.
const reuters = [told('theft', '2025-10-19', 'reuters'), told('theft', '2025-10-29', 'zeit')];

describe('a report that tells, a week late, what dated reports put earlier', () => {
  it.each<[string, string, Told[], Told[], string[]]>([
    [
      'thieves who came in on the Sunday after the dated reports’ Sunday were read in the wrong week',
      '2025-10-30',
      [told('theft', '2025-10-26')],
      reuters,
      ['theft 2025-10-19'],
    ],
    [
      'a theft told on the dated reports’ own day says nothing',
      '2025-10-22',
      [told('theft', '2025-10-19')],
      reuters,
      [],
    ],
    [
      'a theft three weeks after its dated day is another one',
      '2025-11-10',
      [told('theft', '2025-11-09')],
      reuters,
      [],
    ],
    [
      'a happening stories often have twice (a protest) is no evidence',
      '2025-10-30',
      [told('protest', '2025-10-26')],
      [told('protest', '2025-10-19', 'reuters')],
      [],
    ],
  ])('%s', (_, published, own, dated, expected) => {
    expect(toldAWeekLate(published, own, dated, rare).map((t) => `${t.kind} ${t.day}`)).toEqual(expected);
  });

  it('tries the days from the dated day up to the day first inferred', () => {
    expect(daysBefore([told('theft', '2025-10-19')], '2025-10-23')).toEqual([
      '2025-10-19',
      '2025-10-20',
      '2025-10-21',
      '2025-10-22',
    ]);
  });
});
