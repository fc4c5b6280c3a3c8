/**
 * What a protest is against (a price rise) is reported as well as the protest: "to protest the
 * rising prices", "om te protesteren tegen de stijgende prijzen", "gegen die gestiegenen Preise".
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, kindsAndTitles } from './test-helpers.ts';

const kinds = (lang: string, text: string) =>
  kindsAndTitles(lang, text, '2022-01-08')
    .map((k) => k.kind)
    .sort();

describe('a price rise a protest is against is reported too', () => {
  it.each<[string, string, string, string[]]>([
    [
      'the English seed names the rising LPG prices the 20,000 protested',
      'en',
      'Since the turn of the year, some 20,000 people have taken to the streets of Almaty, Kazakhstan’s largest city, initially to protest the rising prices of the liquid LPG widely used there.',
      ['price-rise', 'protest'],
    ],
    [
      'the Dutch seed names "de stijgende prijzen" the protest was against',
      'nl',
      'Zo’n twintigduizend mensen zijn sinds de jaarwisseling de straat op gegaan in Almaty, de grootste stad van Kazachstan, in eerste instantie om te protesteren tegen de stijgende prijzen van de vloeibare brandstof lpg die daar veel gebruikt wordt.',
      ['price-rise', 'protest'],
    ],
    [
      'a Dutch protest "uit protest tegen de gestegen prijs" reports the price rise',
      'nl',
      'Duizenden mensen gingen zondag de straat op uit protest tegen de gestegen prijs van brandstof.',
      ['price-rise', 'protest'],
    ],
    [
      'a German protest "gegen die hohen Gaspreise" reports the price rise',
      'de',
      'Seit Sonntag demonstrieren Tausende in Almaty gegen die hohen Gaspreise.',
      ['price-rise', 'protest'],
    ],
    [
      'protests "triggered by high gas prices" report the prices',
      'en',
      'The protests in Kazakhstan were triggered by high gas prices.',
      ['price-rise', 'protest'],
    ],
  ])('%s', (_name, lang, text, expected) => {
    expect(kinds(lang, text)).toEqual(expected);
  });

  it('a protest against the government reports no price rise', () => {
    expect(kinds('en', 'Thousands protested against the government in Almaty on Sunday.')).toEqual([
      'protest',
    ]);
  });

  it('the rising prices came before the Sunday the protest was on, and in its country, not its city', () => {
    const text = 'On Sunday, thousands took to the streets of Almaty to protest the rising prices of LPG.';
    const rise = candidatesOfSentence('en', {
      text,
      times: [day('2022-01-02', 'On Sunday')],
      mentions: [['Almaty', 'place', 'almaty']],
    }).find((c) => c.kind === 'price-rise');
    expect(rise && { start: rise.when.start, end: rise.when.end, places: rise.places }).toEqual({
      start: '2021-12-26',
      end: '2022-01-02',
      places: [],
    });
  });
});
