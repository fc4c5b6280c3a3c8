/**
 * A report that tells a happening as "a week ago" and names the weekdays of the story's week since
 * was written a week after the story's first day, not on the earliest day those weekdays allow.
 */
import { describe, expect, it } from 'vitest';
import { aWeekOn, tellsWeekAgo } from './week-ago.ts';

const MONDAY = 1;
const FRIDAY = 5;
const SATURDAY = 6;
const SUNDAY = 0;

describe('a week ago', () => {
  it.each([
    ['en', 'The riots were triggered by the knife attack in Southport a week ago.', true],
    ['nl', 'De rellen begonnen na de steekpartij van een week geleden.', true],
    ['de', 'Auslöser war der Messerangriff vor einer Woche.', true],
    ['en', 'The attack two weeks ago shocked the country.', false],
    ['de', 'Vor einer Wochenendparty kam es zu Streit.', false],
  ])('[%s] “%s” tells a week ago: %s', (_, text, expected) => {
    expect(tellsWeekAgo(text)).toBe(expected);
  });

  it.each<[string, number[], string, string | undefined]>([
    [
      'a Monday attack a week ago and Friday, Saturday, Sunday and Monday since: the Monday after',
      [MONDAY, FRIDAY, SATURDAY, SUNDAY],
      '2024-07-29',
      '2024-08-05',
    ],
    ['no weekday told: the day a week on', [], '2024-07-29', '2024-08-05'],
  ])('%s', (_, past, start, expected) => {
    expect(aWeekOn(new Set(past), start)).toBe(expected);
  });
});
