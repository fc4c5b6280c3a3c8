import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('expressions relative to a Saturday, 8 January 2022 publication', () => {
  it.each([
    ['en', 'The minister resigned yesterday.', 'yesterday', '2022-01-07', '2022-01-07', 'day'],
    ['en', 'The museum closed for the day.', 'for the day', '2022-01-08', '2022-01-08', 'day'],
    [
      'nl',
      'Het museum bleef de rest van de dag dicht.',
      'de rest van de dag',
      '2022-01-08',
      '2022-01-08',
      'day',
    ],
    [
      'de',
      'Das Museum blieb für den Rest des Tages geschlossen.',
      'für den Rest des Tages',
      '2022-01-08',
      '2022-01-08',
      'day',
    ],
    ['en', 'Shots were heard last night.', 'last night', '2022-01-07TNI', '2022-01-07', 'part-of-day'],
    ['en', 'Prices rose last month.', 'last month', '2021-12', '2021-12-01', 'month'],
    ['en', 'The ban was announced two days ago.', 'two days ago', '2022-01-06', '2022-01-06', 'day'],
    ['en', 'The first attempt had failed one week ago.', 'one week ago', '2022-01-01', '2022-01-01', 'day'],
    [
      'nl',
      'De eerste poging mislukte een week geleden.',
      'een week geleden',
      '2022-01-01',
      '2022-01-01',
      'day',
    ],
    [
      'de',
      'Der erste Versuch war vor einer Woche gescheitert.',
      'vor einer Woche',
      '2022-01-01',
      '2022-01-01',
      'day',
    ],
    ['en', 'A week earlier, the talks had begun.', 'A week earlier', '2021-W52', '2021-12-27', 'week'],
    ['en', 'Protests spread over the weekend.', 'the weekend', '2022-W01-WE', '2022-01-08', 'week'],
    ['en', 'Massimov was arrested earlier this week.', 'earlier this week', '2022-W01', '2022-01-03', 'week'],
    [
      'en',
      'Protests broke out after the turn of the year.',
      'after the turn of the year',
      '2022-01-01',
      '2022-01-01',
      'day',
    ],
    ['nl', 'De minister trad gisteravond af.', 'gisteravond', '2022-01-07TEV', '2022-01-07', 'part-of-day'],
    [
      'nl',
      'De demonstraties van vorige week waren de grootste in dertig jaar.',
      'vorige week',
      '2021-W52',
      '2021-12-27',
      'week',
    ],
    [
      'nl',
      'Het ministerie meldde drie dagen geleden de eerste doden.',
      'drie dagen geleden',
      '2022-01-05',
      '2022-01-05',
      'day',
    ],
    [
      'de',
      'Der Minister trat gestern Abend zurück.',
      'gestern Abend',
      '2022-01-07TEV',
      '2022-01-07',
      'part-of-day',
    ],
    ['de', 'Die Preise stiegen im vergangenen Jahr stark.', 'vergangenen Jahr', '2021', '2021-01-01', 'year'],
    ['de', 'Die Preise wurden vor zwei Wochen erhöht.', 'vor zwei Wochen', '2021-W51', '2021-12-20', 'week'],
  ])('[%s] “%s” reads “%s” as %s from %s', (lang, sentence, text, value, start, precision) => {
    const found = extractTimexes(sentence, { lang, dct: '2022-01-08' });
    const timex = found.find((t) => t.text === text);
    expect(timex, found.map((t) => t.text).join(', ')).toMatchObject({
      value,
      precision,
      interval: { start },
    });
  });

  it('reads “the year ended March 31” as a year-long period, “for the year” as the publication year', () => {
    const [ended] = extractTimexes('Net income for the year ended March 31 rose.', {
      lang: 'en',
      dct: '2022-01-08',
    });
    const [plain] = extractTimexes('Sales for the year rose.', { lang: 'en', dct: '2022-01-08' });
    expect(ended).toMatchObject({ text: 'the year', type: 'DURATION', value: 'P1Y' });
    expect(plain).toMatchObject({ text: 'the year', type: 'DATE', value: '2022' });
  });

  it.each<[string, string, string, string, string]>([
    [
      'the start of the year, told within its first days, runs to publication',
      'The price of gas had doubled at the start of the year.',
      'the start of the year',
      '2022-01-01',
      '2022-01-08',
    ],
    [
      'the beginning of the year is its start',
      'Prices rose at the beginning of the year.',
      'the beginning of the year',
      '2022-01-01',
      '2022-01-08',
    ],
    [
      'the end of the year is its last three months',
      'The troops will leave by the end of the year.',
      'the end of the year',
      '2022-10-01',
      '2022-12-31',
    ],
  ])('reads %s, with the year as its value', (_, sentence, text, start, end) => {
    const [timex] = extractTimexes(sentence, { lang: 'en', dct: '2022-01-08' });
    expect(timex).toMatchObject({ text, value: '2022', interval: { start, end }, precision: 'month' });
  });

  it('reads German “Morgen” inside a sentence as the morning, not tomorrow', () => {
    expect(extractTimexes('Die Lage war am Morgen ruhig.', { lang: 'de', dct: '2022-01-08' })).toEqual([]);
  });
});

describe('the weekend, read from Friday 8 November 2024', () => {
  it.each([
    ['en', 'Protests spread over the weekend.', '2024-W44-WE'],
    ['en', 'Mayor Femke Halsema said the city had banned demonstrations for the weekend.', '2024-W45-WE'],
    ['de', 'Die Stadt hat Demonstrationen für das Wochenende verboten.', '2024-W45-WE'],
    ['de', 'Am Wochenende hatten Hunderte demonstriert.', '2024-W44-WE'],
  ])('%s: “%s” is %s', (lang, sentence, value) => {
    const [found] = extractTimexes(sentence, { lang: lang as 'en' | 'de', dct: '2024-11-08' });
    expect(found?.value).toBe(value);
  });
});
