import { describe, expect, it } from 'vitest';
import { inZone, isTimeZone } from './time-zone.ts';

describe('a clock told in GMT, read where the story happens', () => {
  it.each<[string, string, string, string, string, string]>([
    [
      '11.20pm GMT in Paris in November is 00:20 the next day',
      '2015-11-13',
      '23:20',
      'GMT',
      'Europe/Paris',
      '2015-11-14T00:20',
    ],
    [
      '8.40pm GMT in Paris in November is 21:40',
      '2015-11-13',
      '20:40',
      'GMT',
      'Europe/Paris',
      '2015-11-13T21:40',
    ],
    [
      '10:00 UTC in Paris in summer time is 12:00',
      '2024-07-01',
      '10:00',
      'UTC',
      'Europe/Paris',
      '2024-07-01T12:00',
    ],
    ['21.00 Uhr MEZ in London is 20:00', '2015-11-13', '21:00', 'MEZ', 'Europe/London', '2015-11-13T20:00'],
    [
      '05.11 uur Nederlandse tijd in Chile in October is 00:11 there',
      '2010-10-13',
      '05:11',
      'Europe/Amsterdam',
      'America/Santiago',
      '2010-10-13T00:11',
    ],
    [
      '02.55 uur Nederlandse tijd in Chile is 21:55 the day before',
      '2010-10-14',
      '02:55',
      'Europe/Amsterdam',
      'America/Santiago',
      '2010-10-13T21:55',
    ],
    [
      '9.00 Uhr deutscher Zeit in Kyiv in winter is 10:00',
      '2022-02-24',
      '09:00',
      'Europe/Berlin',
      'Europe/Kyiv',
      '2022-02-24T10:00',
    ],
  ])('%s', (_what, day, time, from, to, expected) => {
    const local = inZone(day, time, from, to);
    expect(`${local?.day}T${local?.time}`).toBe(expected);
  });

  it('knows the IANA zones and no others', () => {
    expect([isTimeZone('Europe/Paris'), isTimeZone('Europe/Parijs')]).toEqual([true, false]);
  });
});
