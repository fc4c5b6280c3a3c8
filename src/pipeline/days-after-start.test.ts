/**
 * A report that opens by counting the days since a happening ("Three days after the devastating
 * explosion …") was written that many days after the story's first day.
 */
import { describe, expect, it } from 'vitest';
import { daysAfterOpening, daysOn } from './days-after-start.ts';

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
