import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('expressions that name their date (publication 8 January 2022)', () => {
  it.each([
    ['en', 'Sinn Fein was expelled from peace talks on Feb. 20 last year.', 'Feb. 20', '2022-02-20'],
    ['en', 'The unrest began on January 2, 2022.', 'January 2, 2022', '2022-01-02'],
    ['en', 'Parliament was dissolved in December.', 'December', '2021-12'],
    ['en', 'Elections will be held in March.', 'March', '2022-03'],
    ['en', 'Nazarbayev ruled the country from 1991.', '1991', '1991'],
    ['en', 'Prices were raised in June last year.', 'June last year', '2021-06'],
    ['nl', 'De prijzen stegen in juni vorig jaar.', 'juni vorig jaar', '2021-06'],
    ['en', 'Prices doubled in the 1990s.', 'the 1990s', '199'],
    ['en', 'Prices doubled in the nineties.', 'the nineties', '199'],
    ['en', "The city grew in the late '80s.", "the late '80s", '198'],
    ['nl', 'De stad groeide in de jaren negentig.', 'de jaren negentig', '199'],
    ['de', 'Die Stadt wuchs in den neunziger Jahren.', 'den neunziger Jahren', '199'],
    ['de', 'Die Stadt wuchs in den 80er-Jahren.', 'den 80er-Jahren', '198'],
    ['en', 'Profit fell in the third quarter.', 'the third quarter', '2021-Q3'],
    ['en', 'The curfew starts at 11 p.m.', '11 p.m.', '2022-01-08T23:00'],
    ['en', 'He was born in nineteen ninety-six.', 'nineteen ninety-six', '1996'],
    ['nl', 'Op 5 januari 2022 werd de noodtoestand uitgeroepen.', '5 januari 2022', '2022-01-05'],
    ['nl', 'De avondklok gaat om 23.00 uur in.', '23.00 uur', '2022-01-08T23:00'],
    ['de', 'Am 5. Januar wurde der Notstand ausgerufen.', '5. Januar', '2022-01-05'],
    ['de', 'Die Ausgangssperre gilt ab 23 Uhr.', '23 Uhr', '2022-01-08T23:00'],
    ['de', 'Der Vertrag stammt vom 12.03.2021.', '12.03.2021', '2021-03-12'],
  ])('[%s] “%s” reads “%s” as %s', (lang, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang, dct: '2022-01-08' });
    expect(found.find((t) => t.text === text)?.value, found.map((t) => t.text).join(', ')).toBe(value);
  });

  it.each([
    ['en', 'The town was founded around 1800 by fishermen.', '1800'],
    ['de', 'Im Jahr 1800 wurde der Ort gegründet.', '1800'],
    ['de', 'Die Zahl der Anträge ist seit 2019 gestiegen.', '2019'],
    ['nl', 'Het aantal aanvragen is sinds 2019 gestegen.', '2019'],
    ['en', 'The ban was postponed to 2019.', '2019'],
  ])('[%s] “%s” still names the year %s', (lang, sentence, value) => {
    expect(extractTimexes(sentence, { lang, dct: '2022-01-08' }).map((t) => t.value)).toEqual([value]);
  });

  it.each([
    ['en', 'Protesters may march on the square.'],
    ['en', 'The fund holds $2021 in cash and 2,021 shares.'],
    ['en', 'A 6-year-old was hurt.'],
    ['de', 'Das Wetteramt hatte mehr als 1800 Erdstöße registriert.'],
    ['de', 'Rund 1900 Bewohner mussten ihre Häuser verlassen.'],
    ['nl', 'Ongeveer 2000 inwoners moesten hun huis verlaten.'],
    ['en', 'About 2000 residents were evacuated.'],
    ['de', 'Etwa 2000 Anwohner wurden in Sicherheit gebracht.'],
    ['en', 'The met office recorded more than 1800 earthquakes.'],
    ['nl', 'Het instituut mat ruim 1800 bevingen.'],
    ['nl', 'Het dodental door de zware aardbeving in Myanmar is gestegen naar 1644.'],
    ['nl', 'Het dodental is inmiddels tot 1644 opgelopen.'],
    ['de', 'Nach dem Beben ist die Zahl der Toten auf 1644 gestiegen.'],
    ['de', 'Die Zahl der Toten stieg auf 1644.'],
    ['en', 'The death toll from the quake rose to 1644.'],
  ])('[%s] “%s” has no time expression', (lang, sentence) => {
    expect(extractTimexes(sentence, { lang, dct: '2022-01-08' })).toEqual([]);
  });
});

describe('a month a happening is named by is one gone by (publication 22 March 2016)', () => {
  it.each([
    [
      'nl',
      'Hij wordt verdacht van betrokkenheid bij de aanslagen van november in Parijs.',
      'november',
      '2015-11',
    ],
    ['de', 'Er gilt als Drahtzieher der Anschläge vom November in Paris.', 'November', '2015-11'],
    ['en', 'He is suspected of a role in the attacks of November in Paris.', 'November', '2015-11'],
    ['nl', 'De verkiezingen in november worden spannend.', 'november', '2016-11'],
    ['en', 'The summit of November will be held in Brussels.', 'November', '2016-11'],
  ])('[%s] “%s” reads “%s” as %s', (lang, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang, dct: '2016-03-22' });
    expect(found.find((t) => t.text === text)?.value, found.map((t) => t.text).join(', ')).toBe(value);
  });
});

describe('a weekday with its date in apposition is one expression', () => {
  it.each([
    [
      "an undated German chronicle dates 'Am Montag, dem 5. August' to 5 August, not to the month its weekday alone would give",
      'Am Montag, dem 5. August, marschierten Hunderttausende Richtung Regierungssitz.',
      'Montag, dem 5. August',
      '2024-08-05',
    ],
    [
      "'Sonntag, den 21. Juli' keeps its accusative article inside the expression",
      'Das Urteil fiel am Sonntag, den 21. Juli, kurz vor Mittag.',
      'Sonntag, den 21. Juli',
      '2024-07-21',
    ],
  ])('%s', (_name, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang: 'de', dct: '2024-08-01', dctPrecision: 'month' });
    expect(found.map((t) => [t.text, t.value])).toEqual([[text, value]]);
  });
});

describe('the start, middle or end of a month is its first, middle or last ten days', () => {
  it.each([
    [
      'de',
      'Bei den Unruhen Anfang Januar waren nach offiziellen Angaben 225 Menschen getötet worden.',
      '2022-01-18',
      'Anfang Januar',
      '2022-01-01',
      '2022-01-10',
    ],
    [
      'en',
      'The protests began in early July after the High Court reinstated a system of quotas.',
      '2024-07-16',
      'early July',
      '2024-07-01',
      '2024-07-10',
    ],
    [
      'en',
      'Since the end of November, more than 400 people have been arrested during the protests.',
      '2024-12-14',
      'the end of November',
      '2024-11-21',
      '2024-11-30',
    ],
    [
      'nl',
      'Volgens Iran Human Rights zijn sinds half september zeker 185 mensen gedood.',
      '2022-10-03',
      'half september',
      '2022-09-11',
      '2022-09-20',
    ],
    [
      'nl',
      'Gazprom had de levering via Nord Stream 1 begin september voor onbepaalde tijd stilgelegd.',
      '2022-09-26',
      'begin september',
      '2022-09-01',
      '2022-09-10',
    ],
    [
      'de',
      'Die Proteste hatten Mitte Juli begonnen.',
      '2024-07-21',
      'Mitte Juli',
      '2024-07-11',
      '2024-07-20',
    ],
    // Told within its days: up to the report's own day.
    [
      'nl',
      'De prijs van lpg was begin januari verdubbeld.',
      '2022-01-04',
      'begin januari',
      '2022-01-01',
      '2022-01-04',
    ],
  ])(
    '[%s] “%s” (report of %s): “%s” runs from %s to %s, valued as its month',
    (lang, sentence, dct, text, start, end) => {
      const found = extractTimexes(sentence, { lang, dct }).find((t) => t.text === text);
      expect([found?.interval?.start, found?.interval?.end, found?.value]).toEqual([
        start,
        end,
        start.slice(0, 7),
      ]);
    },
  );

  it('“in January” is still the whole month', () => {
    const found = extractTimexes('Prices doubled in January.', { lang: 'en', dct: '2022-02-08' });
    expect([found[0]?.interval?.start, found[0]?.interval?.end]).toEqual(['2022-01-01', '2022-01-31']);
  });
});
