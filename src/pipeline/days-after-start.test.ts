/**
 * A report that opens by counting the days since a happening ("Three days after the devastating
 * explosion …") was written that many days after the story's first day.
 */
import { describe, expect, it } from 'vitest';
import { daysAfterOpening, daysOn, roundCountOn } from './days-after-start.ts';

const THURSDAY = 4;
const FRIDAY = 5;
const SUNDAY = 0;

describe('an opening that counts the days since a happening', () => {
  it.each<[string, number | undefined]>([
    [
      'Three days after the devastating explosion in the port of Beirut, the Lebanese judiciary has arrested the head of the customs authority.',
      3,
    ],
    ['A week after the attack, the city is still in mourning.', 7],
    ['Twee dagen na de explosie in de haven bezocht Macron Beiroet.', 2],
    ['Sechs Tage nach der verheerenden Explosion im Hafen von Beirut ist die Regierung zurückgetreten.', 6],
    ['Einen Tag nach dem Anschlag hat die Polizei einen Verdächtigen festgenommen.', 1],
    ['Zwei Wochen nach dem Erdbeben sind noch Tausende obdachlos.', 14],
    [
      'Two weeks after the devastating fire in the London Grenfell tower the chairman of the responsible district council has declared his resignation.',
      14,
    ],
    [
      'Eine Woche nach dem Feuer im Grenfell Tower zieht der oberste Beamte des zuständigen Londoner Bezirks die Konsequenzen.',
      7,
    ],
    ['Twee weken na de aardbeving zijn nog duizenden mensen dakloos.', 14],
    ['Three days after Macron visited, the aid arrived.', undefined],
    ['The hackers published the data three days after the attack.', undefined],
    ['Three months after the election, the coalition collapsed.', undefined],
  ])('“%s” counts %s days', (text, days) => {
    expect(daysAfterOpening(text)).toBe(days);
  });

  it.each<[string, number[], number, string | undefined]>([
    [
      'three days after a Tuesday, telling Thursday and Friday: that Friday',
      [THURSDAY, FRIDAY],
      3,
      '2020-08-07',
    ],
    ['three days after a Tuesday, telling a Sunday before it: no day', [SUNDAY, FRIDAY], 3, undefined],
    ['six days after a Tuesday, no weekday told: that Monday', [], 6, '2020-08-10'],
  ])('%s', (_, past, days, expected) => {
    expect(daysOn(new Set(past), '2020-08-04', days)).toBe(expected);
  });
});

describe('a round count of days that falls short of the day of the news', () => {
  const fromFriday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() === FRIDAY;
  it.each<[string, number[], (date: string) => boolean, string | undefined]>([
    [
      'two weeks after Wednesday 14 June 2017 counts to Wednesday 28 June; its Friday and Thursday of its own week give Friday 30 June',
      [THURSDAY, FRIDAY],
      fromFriday,
      '2017-06-30',
    ],
    ['nothing fits within three days: no day', [THURSDAY, FRIDAY], () => false, undefined],
  ])('%s', (_, past, fits, expected) => {
    expect(roundCountOn(new Set(past), '2017-06-14', '2017-06-28', fits)).toBe(expected);
  });
});
