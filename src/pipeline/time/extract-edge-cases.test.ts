import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

/** Publication date of the seed articles: Saturday 8 January 2022. */
const DCT = '2022-01-08';

describe('durations and references to the present', () => {
  it.each([
    [
      'en',
      'Violent protests have been going on in the former Soviet republic for days.',
      'days',
      'DURATION',
      'PXD',
    ],
    [
      'en',
      'The Central Asian country has been rocking unprecedented clashes for three days.',
      'three days',
      'DURATION',
      'P3D',
    ],
    ['nl', 'Het is al dagen onrustig in Kazachstan.', 'dagen', 'DURATION', 'PXD'],
    ['de', 'In Almaty wird seit Tagen gekämpft.', 'Tagen', 'DURATION', 'PXD'],
    ['de', 'Die Proteste dauerten tagelang.', 'tagelang', 'DURATION', 'PXD'],
    [
      'en',
      'Foreigners are currently not allowed into the ex-Soviet republic.',
      'currently',
      'DATE',
      'PRESENT_REF',
    ],
    ['en', 'The US State Department is now withdrawing consular staff.', 'now', 'DATE', 'PRESENT_REF'],
    ['nl', 'Buitenlanders mogen momenteel het land niet in.', 'momenteel', 'DATE', 'PRESENT_REF'],
    ['de', 'Ausländer dürfen derzeit nicht einreisen.', 'derzeit', 'DATE', 'PRESENT_REF'],
  ])('[%s] “%s” has “%s” as a %s with value %s', (lang, sentence, text, type, value) => {
    const timex = extractTimexes(sentence, { lang, dct: DCT }).find((t) => t.text === text);
    expect(timex).toMatchObject({ type, value });
  });

  it('“Friday” in a future-tense sentence looks forward, in a past-tense one back', () => {
    const future = extractTimexes('The talks will resume on Friday.', { lang: 'en', dct: DCT });
    const past = extractTimexes('The talks resumed on Friday.', { lang: 'en', dct: DCT });
    expect(future[0]?.value).toBe('2022-01-14');
    expect(past[0]?.value).toBe('2022-01-07');
  });

  it('“6-year-old” is an age, not a duration', () => {
    expect(extractTimexes('A 6-year-old girl was hurt.', { lang: 'en', dct: DCT })).toEqual([]);
  });
});

describe('a publication date known only to the month', () => {
  it.each([
    ['nl', 'Zaterdag hebben de autoriteiten hem opgepakt.', 'Zaterdag'],
    ['en', 'He was arrested on Friday.', 'Friday'],
    ['en', 'He was arrested yesterday.', 'yesterday'],
  ])('[%s] “%s” gives “%s” the month, never an invented day', (lang, sentence, text) => {
    const timex = extractTimexes(sentence, { lang, dct: '2022-01-01', dctPrecision: 'month' }).find(
      (t) => t.text === text,
    );
    expect(timex).toMatchObject({
      value: '2022-01',
      precision: 'month',
      interval: { start: '2022-01-01', end: '2022-01-31' },
    });
  });

  it('keeps explicit dates and years at their own precision', () => {
    const found = extractTimexes('Vorig jaar en op 8 januari.', {
      lang: 'nl',
      dct: '2022-01-01',
      dctPrecision: 'month',
    });
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['Vorig jaar', '2021'],
      ['8 januari', '2022-01-08'],
    ]);
  });
});

describe('bad options', () => {
  it('rejects a language without rules and an impossible date', () => {
    expect(() => extractTimexes('x', { lang: 'fr', dct: DCT })).toThrow(/unsupported language "fr"/);
    expect(() => extractTimexes('x', { lang: 'en', dct: '2022-02-30' })).toThrow(/not a valid/);
  });
});

describe('a clock time and its day joined by a preposition', () => {
  it.each([
    ['en', 'The quake struck at 4:17 a.m. on Thursday.', '4:17 a.m.', '2022-01-06T04:17'],
    ['en', 'The first quake struck at 04:17 local time on Thursday.', '04:17', '2022-01-06T04:17'],
    [
      'en',
      'The eruption began at 10:17 p.m. local time (2217 GMT) on Thursday.',
      '10:17 p.m.',
      '2022-01-06T22:17',
    ],
    [
      'en',
      'Gunmen burst into the hall shortly before 8 p.m. (1700 GMT) on Thursday and opened fire.',
      '8 p.m.',
      '2022-01-06T20:00',
    ],
    ['de', 'Die Schüsse fielen um 19 Uhr (1600 UTC) am Donnerstag.', '19 Uhr', '2022-01-06T19:00'],
    [
      'en',
      'Ministers agreed to split European airspace into three zones from 8am GMT on Thursday.',
      '8am',
      '2022-01-06T08:00',
    ],
    ['en', 'The ceasefire took effect on Friday at midnight.', 'midnight', '2022-01-07T00:00'],
    ['nl', 'Het vuur brak donderdag om 02.30 uur uit.', '02.30 uur', '2022-01-06T02:30'],
    ['de', 'Der Angriff begann am Freitag um 5 Uhr.', '5 Uhr', '2022-01-07T05:00'],
  ])('[%s] “%s” puts %s on that day: %s', (lang, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang, dct: DCT });
    expect(found.find((t) => t.text === text)?.value, found.map((t) => t.text).join(', ')).toBe(value);
  });

  it('a day in the next clause is not the clock time’s: “Police arrived at 3 p.m.; on Thursday they left.”', () => {
    const found = extractTimexes('Police arrived at 3 p.m.; on Thursday they left.', {
      lang: 'en',
      dct: DCT,
    });
    expect(found.find((t) => t.text === '3 p.m.')?.value).toBe('2022-01-08T15:00');
  });
});

describe('a clock time in a time zone and a month of last year', () => {
  it.each([
    [
      'en',
      '"The Queen died peacefully at Balmoral this afternoon," the palace said in a short statement issued at 1830 BST (1730 GMT).',
      '1830',
      undefined,
    ],
    ['de', 'Die Erklärung kam um 1930 MESZ.', '1930', undefined],
    [
      'en',
      'Memorial Chapel, beside her husband Prince Philip, who died in April of last year, and her parents.',
      'April of last year',
      '2021-04',
    ],
    ['nl', 'Prins Philip overleed in april van vorig jaar.', 'april van vorig jaar', '2021-04'],
  ])('[%s] “%s”: %s is %s', (lang, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang, dct: '2022-09-19' });
    expect(found.find((t) => t.text === text)?.value).toBe(value);
  });
});
