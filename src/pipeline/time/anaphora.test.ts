import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('days told relative to the story', () => {
  it.each([
    ['en', 'Protests began on Tuesday. The next day, the government resigned.', 'The next day', '2022-01-05'],
    ['en', 'Troops arrived on Thursday and that night shots were heard.', 'that night', '2022-01-06TNI'],
    ['nl', 'Op dinsdag begonnen de protesten. De dag erna trad de regering af.', 'De dag erna', '2022-01-05'],
    [
      'de',
      'Am Mittwoch trat die Regierung zurück, am Vortag hatten die Proteste begonnen.',
      'Vortag',
      '2022-01-04',
    ],
  ])('[%s] “%s” reads “%s” as %s', (lang, text, expression, value) => {
    const found = extractTimexes(text, { lang, dct: '2022-01-08' });
    expect(found.find((t) => t.text === expression)?.value, found.map((t) => t.text).join(', ')).toBe(value);
  });

  it('counts from the anchor the caller gives when the text names no day before', () => {
    const [found] = extractTimexes('A day later the curfew was lifted.', {
      lang: 'en',
      dct: '2022-01-08',
      anchor: '2022-01-05',
    });
    expect(found).toMatchObject({ text: 'A day later', value: '2022-01-06' });
  });

  it('falls back to the publication day without any anchor', () => {
    const [found] = extractTimexes('The curfew was lifted the same day.', { lang: 'en', dct: '2022-01-08' });
    expect(found?.value).toBe('2022-01-08');
  });
});

describe('a clock time written without its day', () => {
  it.each([
    [
      'en',
      'The quake hit at 4:17 a.m. near the city of Gaziantep.',
      '2023-02-06',
      '4:17 a.m.',
      '2023-02-06T04:17',
    ],
    ['nl', 'De eerste uitslagen kwamen om 21.00 uur binnen.', '2023-11-22', '21.00 uur', '2023-11-22T21:00'],
    ['de', 'Der Streik begann um 0 Uhr in der Nacht.', '2023-03-27', '0 Uhr', '2023-03-27T00:00'],
  ])('[%s] “%s” after a sentence dated %s reads “%s” as %s', (lang, text, anchor, expression, value) => {
    const found = extractTimexes(text, { lang, dct: '2023-02-07', anchor });
    expect(found.find((t) => t.text === expression)?.value, found.map((t) => t.text).join(', ')).toBe(value);
  });

  it('takes the day named earlier in the same sentence: “On Monday, police arrived at 3 p.m.”', () => {
    const found = extractTimexes('On Monday, police arrived at 3 p.m.', { lang: 'en', dct: '2022-01-08' });
    expect(found.find((t) => t.text === '3 p.m.')?.value).toBe('2022-01-03T15:00');
  });

  it('stays on the publication day when no day is known: “The quake hit at 4:17 a.m.”', () => {
    const [found] = extractTimexes('The quake hit at 4:17 a.m.', { lang: 'en', dct: '2023-02-07' });
    expect(found?.value).toBe('2023-02-07T04:17');
  });
});

describe('the clock times of a recurrence name no day', () => {
  it.each([
    ['en', 'The junta imposed a nightly curfew from 10 p.m. to 5 a.m.', 'XXXX-XX-XXT22:00'],
    ['nl', 'Er geldt elke nacht een avondklok vanaf 22.00 uur.', 'XXXX-XX-XXT22:00'],
    ['de', 'Es gilt eine nächtliche Ausgangssperre ab 22 Uhr.', 'XXXX-XX-XXT22:00'],
  ])('[%s] “%s” gives %s and no interval', (lang, text, value) => {
    const clock = extractTimexes(text, { lang, dct: '2023-07-28', anchor: '2023-07-27' }).find(
      (t) => t.type === 'TIME',
    );
    expect(clock?.value).toBe(value);
    expect(clock?.interval).toBeNull();
  });
});
