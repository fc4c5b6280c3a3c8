import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('named days of the year, published Saturday 8 January 2022', () => {
  it.each([
    [
      'en',
      'The boy was found on Thanksgiving Day clinging to an inner tube.',
      'Thanksgiving Day',
      '2021-11-25',
    ],
    ['en', 'Prices rose sharply after Christmas.', 'Christmas', '2021-12-25'],
    ['en', 'Protesters gathered on New Year’s Eve in Zhanaozen.', 'New Year’s Eve', '2021-12-31'],
    ['en', 'The church will celebrate Easter with a curfew.', 'Easter', '2022-04-17'],
    ['en', 'The shooting on Orthodox Christmas shocked the city.', 'Orthodox Christmas', '2022-01-07'],
    ['en', 'The vote was held on Election Day 2020.', 'Election Day 2020', '2020-11-03'],
    ['en', 'Turnout was low last Thanksgiving.', 'last Thanksgiving', '2021-11-25'],
    ['nl', 'Op oudejaarsavond stegen de gasprijzen.', 'oudejaarsavond', '2021-12-31'],
    ['nl', 'Het kabinet wil voor Pasen beslissen.', 'Pasen', '2022-04-17'],
    ['de', 'An Heiligabend blieb es ruhig.', 'Heiligabend', '2021-12-24'],
    ['de', 'Die Regierung will bis Ostern entscheiden.', 'Ostern', '2022-04-17'],
  ])('[%s] “%s” dates “%s” as %s', (lang, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang, dct: '2022-01-08' });
    expect(found.find((t) => t.text === text)?.value, JSON.stringify(found)).toBe(value);
  });

  it.each([
    ['en', 'A car drove into a crowded Christmas market in Magdeburg.'],
    ['en', 'The Easter Rising was a rebellion against British rule.'],
    ['nl', 'Een auto reed in op de kerstmarkt in Maagdenburg.'],
    ['de', 'Ein Auto raste in den Weihnachtsmarkt.'],
  ])('[%s] “%s” names a market or a rising, no day', (lang, sentence) => {
    expect(extractTimexes(sentence, { lang, dct: '2024-12-21' })).toEqual([]);
  });

  it.each([
    [
      'A crowd of mostly young people celebrating Halloween surged into a narrow alley in Seoul on Saturday night.',
      'Saturday night',
    ],
    [
      'About 100,000 people had packed the streets for the first Halloween celebrations since the pandemic.',
      undefined,
    ],
    ['Police had expected Halloween partygoers in Itaewon.', undefined],
  ])(
    '“%s”, published the day before Halloween, dates the night the crowd met, not a Halloween a year back',
    (sentence, text) => {
      const found = extractTimexes(sentence, { lang: 'en', dct: '2022-10-30' });
      expect(found.map((t) => t.text)).toEqual(text ? [text] : []);
    },
  );

  it('leaves “thanksgiving” as gratitude in lower case alone', () => {
    expect(extractTimexes('A prayer of thanksgiving was said.', { lang: 'en', dct: '2022-01-08' })).toEqual(
      [],
    );
  });
});
