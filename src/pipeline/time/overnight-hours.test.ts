/** The hours of a curfew that runs past midnight are kept every night: they date no day of their own. */
import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('hours that run past midnight name no day', () => {
  it.each([
    [
      'en',
      'A curfew from 6 p.m. to 6 a.m. has been in force in Noumea since Tuesday.',
      '6 p.m.',
      'XXXX-XX-XXT18:00',
    ],
    [
      'nl',
      'In Nouméa geldt sinds dinsdag een avondklok van 18.00 uur tot 06.00 uur.',
      '06.00 uur',
      'XXXX-XX-XXT06:00',
    ],
    [
      'de',
      'In Nouméa gilt seit Dienstag eine Ausgangssperre von 18 Uhr bis 6 Uhr.',
      '18 Uhr',
      'XXXX-XX-XXT18:00',
    ],
  ])('[%s] “%s” leaves “%s” without a day', (lang, text, expression, value) => {
    const found = extractTimexes(text, { lang, dct: '2024-05-15', anchor: '2024-05-13' });
    const clock = found.find((t) => t.text === expression);
    expect(clock?.value).toBe(value);
    expect(clock?.interval).toBeNull();
  });

  it('keeps the weekday of the same sentence as its only date: “since Tuesday” is 14 May', () => {
    const found = extractTimexes('A curfew from 6 p.m. to 6 a.m. has been in force since Tuesday.', {
      lang: 'en',
      dct: '2024-05-15',
      anchor: '2024-05-13',
    });
    expect(found.filter((t) => t.interval !== null).map((t) => t.value)).toEqual(['2024-05-14']);
  });

  it('leaves hours within one day on the story’s day: “from 9 a.m. to 5 p.m.”', () => {
    const found = extractTimexes('The polls were open from 9 a.m. to 5 p.m.', {
      lang: 'en',
      dct: '2024-05-15',
      anchor: '2024-05-13',
    });
    expect(found.map((t) => t.value)).toEqual(['2024-05-13T09:00', '2024-05-13T17:00']);
  });
});
