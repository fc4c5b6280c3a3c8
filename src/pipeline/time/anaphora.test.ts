import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('days told relative to the story', () => {
  it.each([
    ['en', 'Protests began on Tuesday. The next day, the government resigned.', 'The next day', '2022-01-05'],
    ['en', 'Troops arrived on Thursday and that night shots were heard.', 'that night', '2022-01-06TNI'],
    [
      'en',
      'On the afternoon of September 28, 2023, he shot his neighbour. Hundreds were evacuated from the hospital that afternoon.',
      'that afternoon',
      '2023-09-28TAF',
    ],
    [
      'nl',
      'Op donderdag schoot hij zijn buurvrouw neer. Die middag werd het ziekenhuis ontruimd.',
      'Die middag',
      '2022-01-06TAF',
    ],
    [
      'de',
      'Am Donnerstag schoss er auf seine Nachbarin. An jenem Nachmittag wurde die Klinik geräumt.',
      'jenem Nachmittag',
      '2022-01-06TAF',
    ],
    ['nl', 'Op dinsdag begonnen de protesten. De dag erna trad de regering af.', 'De dag erna', '2022-01-05'],
    [
      'de',
      'Am Mittwoch trat die Regierung zurück, am Vortag hatten die Proteste begonnen.',
      'Vortag',
      '2022-01-04',
    ],
    [
      'en',
      'The company applied on Friday in New York. The bank itself was closed by regulators a week earlier.',
      'a week earlier',
      '2021-12-31',
    ],
    [
      'nl',
      'Het bedrijf vroeg vrijdag faillissement aan. De bank zelf was een week eerder gesloten.',
      'een week eerder',
      '2021-12-31',
    ],
    [
      'de',
      'Der Konzern beantragte am Freitag Insolvenz. Die Bank war eine Woche zuvor geschlossen worden.',
      'eine Woche zuvor',
      '2021-12-31',
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

describe('a part of the day written without its day', () => {
  it.each([
    [
      "a German 'Bis zum Nachmittag' after a sentence of Friday is Friday afternoon, not the clock time before it",
      'de',
      'Bis zum Nachmittag fielen in Berlin mehr als 100 Flüge aus.',
      '2024-07-19T10:00',
      'Bis zum Nachmittag',
      '2024-07-19TAF',
    ],
    [
      "a German 'am Vormittag' is the morning of the day the story is at",
      'de',
      'In Hamburg wurden am Vormittag rund 40 Abflüge gestrichen.',
      '2024-07-19',
      'am Vormittag',
      '2024-07-19TMO',
    ],
    [
      "an English 'in the morning' is the morning of the day the story is at",
      'en',
      "Berlin's BER airport halted departures in the morning.",
      '2024-07-19',
      'in the morning',
      '2024-07-19TMO',
    ],
    [
      "a Dutch 'in de middag' is the afternoon of the day the story is at",
      'nl',
      'In de middag kwamen de eerste vluchten weer op gang.',
      '2024-07-19',
      'In de middag',
      '2024-07-19TAF',
    ],
  ])('%s', (_name, lang, text, anchor, expression, value) => {
    const found = extractTimexes(text, { lang, dct: '2024-07-21', anchor });
    expect(found.find((t) => t.text === expression)?.value, found.map((t) => t.text).join(', ')).toBe(value);
  });

  it("dates 'Am Abend' to no day in an article that has named none, rather than to its publication", () => {
    const found = extractTimexes('Am Abend kam es vor dem Sitz der Regionalregierung zu Ausschreitungen.', {
      lang: 'de',
      dct: '2024-11-01',
    });
    expect(found.find((t) => t.text === 'Am Abend')?.interval ?? null).toBeNull();
  });

  it("dates 'at 3 in the afternoon', which no clock rule reads, to the afternoon of the story's day", () => {
    const found = extractTimexes('We were told to leave at 3 in the afternoon.', {
      lang: 'en',
      dct: '2023-07-23',
      anchor: '2023-07-22',
    });
    expect(found.find((t) => t.text === 'in the afternoon')?.value).toBe('2023-07-22TAF');
  });

  it("takes the weekday named before it in the same sentence: 'On Friday, flights resumed in the afternoon'", () => {
    const found = extractTimexes('On Friday, flights resumed in the afternoon.', {
      lang: 'en',
      dct: '2024-07-21',
    });
    expect(found.find((t) => t.text === 'in the afternoon')?.value).toBe('2024-07-19TAF');
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
    // After a night ("vannacht", the night of 6 to 7 January) a morning is the next day's.
    [
      'nl',
      'Vicepresident Pence maakte om 09.41 uur de uitslag bekend.',
      '2021-01-06TNI',
      '09.41 uur',
      '2021-01-07T09:41',
    ],
    ['en', 'The result was announced at 3:40 a.m.', '2021-01-06TNI', '3:40 a.m.', '2021-01-07T03:40'],
    ['de', 'Die Sitzung begann um 23 Uhr.', '2021-01-06TNI', '23 Uhr', '2021-01-06T23:00'],
  ])('[%s] “%s” after a sentence dated %s reads “%s” as %s', (lang, text, anchor, expression, value) => {
    const found = extractTimexes(text, { lang, dct: '2023-02-07', anchor });
    expect(found.find((t) => t.text === expression)?.value, found.map((t) => t.text).join(', ')).toBe(value);
  });

  it('takes the day named earlier in the same sentence: “On Monday, police arrived at 3 p.m.”', () => {
    const found = extractTimexes('On Monday, police arrived at 3 p.m.', { lang: 'en', dct: '2022-01-08' });
    expect(found.find((t) => t.text === '3 p.m.')?.value).toBe('2022-01-03T15:00');
  });

  it.each([
    [
      'en',
      'The boat, which had left the Libyan port of Zuwara late on Monday, overturned at around 4 a.m. south-west of Lampedusa.',
      '4 a.m.',
      '2025-08-13T04:00',
    ],
    [
      'de',
      'Das Boot, das am Montagabend in Zuwara gestartet war, kenterte gegen 4 Uhr vor Lampedusa.',
      '4 Uhr',
      '2025-08-13T04:00',
    ],
    [
      'nl',
      'De boot, die maandagavond uit Zuwara was vertrokken, sloeg rond 04.00 uur om.',
      '04.00 uur',
      '2025-08-13T04:00',
    ],
  ])(
    '[%s] “%s” after a sentence of Wednesday keeps “%s” on Wednesday, not on the Monday of the aside',
    (lang, text, expression, value) => {
      const found = extractTimexes(text, { lang, dct: '2025-08-13', anchor: '2025-08-13' });
      expect(found.find((t) => t.text === expression)?.value).toBe(value);
    },
  );

  it('still puts a clock on the day a plain clause names: “The boat left on Monday, and police arrived at 3 p.m.”', () => {
    const found = extractTimexes('The boat left on Monday, and police arrived at 3 p.m.', {
      lang: 'en',
      dct: '2022-01-08',
    });
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

describe('an article known only to its month counts from a day written out in full', () => {
  it.each([
    [
      "an undated German chronicle reads 'Einen Tag später' after 'Am 18. Juli' as 19 July, not as the month",
      'de',
      'Einen Tag später verhängte die Regierung eine landesweite Ausgangssperre.',
      '2024-07-18',
      'Einen Tag später',
      '2024-07-19',
      'day',
    ],
    [
      "an undated German chronicle reads 'Zwei Tage später' after 'Am 6. August' as 8 August",
      'de',
      'Zwei Tage später wurde Muhammad Yunus als Chef einer Übergangsregierung vereidigt.',
      '2024-08-06',
      'Zwei Tage',
      '2024-08-08',
      'day',
    ],
    [
      "an undated English background piece reads 'The next day' after 'On 16 July' as 17 July",
      'en',
      'The next day, protesters set fire to the state broadcaster in Dhaka.',
      '2024-07-16',
      'The next day',
      '2024-07-17',
      'day',
    ],
  ])('%s', (_name, lang, text, anchor, expression, start, precision) => {
    const found = extractTimexes(text, { lang, dct: '2024-08-01', dctPrecision: 'month', anchor });
    const t = found.find((x) => x.text === expression);
    expect([t?.interval?.start, t?.precision]).toEqual([start, precision]);
  });

  it("keeps 'the next day' after a weekday of the same sentence at the month: the weekday itself is not known", () => {
    const found = extractTimexes(
      'Police fired on protesters on Friday, and the next day the army was deployed.',
      {
        lang: 'en',
        dct: '2024-08-01',
        dctPrecision: 'month',
      },
    );
    expect(found.find((t) => t.text === 'the next day')?.precision).toBe('month');
  });
});
