import { describe, expect, it } from 'vitest';
import { findNumbers, formatNumber, groupThousands } from './numbers.ts';

describe('findNumbers', () => {
  it.each([
    ['A Turkish constructor and 300 workers were arrested.', 'en', [300]],
    ['The toString of valueOf hasOwnProperty: 2,500 troops.', 'en', [2500]],
    ['Thousands of people protested in Almaty.', 'en', [2000]],
    ['Er werden tientallen mensen gearresteerd.', 'nl', [20]],
    ['Mehr als 4.000 Menschen wurden festgenommen, 2,2 Milliarden Euro.', 'de', [4000, 2.2e9]],
    [
      'Some 25-year-olds, twenty-five 2,500-strong units and dozens’ homes; drei-4 vier.',
      'en',
      [25, 25, 2500, 24, 4],
    ],
    ['Vijfentwintig-jarige, ’s-Hertogenbosch: tientallen-2 duizenden€ x-honderd.', 'nl', [20, 2, 2000]],
    ['Fünfundzwanzig Menschen, 3-mal, zwei-drei Tausende, Mio.-Grenze', 'de', [25, 3, 2000]],
  ])('reads only real numbers in "%s"', (text, lang, values) => {
    expect(findNumbers(text, lang).map((n) => n.value)).toEqual(values);
  });
});

describe('formatNumber', () => {
  it.each([0, 7, 12, 999, 1000, 2500, 25000, 999999, 2.5, 1234.5678, -5, -0])(
    'writes %s as toLocaleString("en-US") does below a million',
    (value) => {
      expect(formatNumber(value)).toBe(value.toLocaleString('en-US'));
    },
  );

  it.each([
    [2e6, '2 million'],
    [2.2e6, '2.2 million'],
    [2.25e9, '2250 million'],
  ])('writes %s in millions', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe('groupThousands', () => {
  it.each([
    ['0', '0'],
    ['25', '25'],
    ['250', '250'],
    ['2500', '2,500'],
    ['250000', '250,000'],
    ['2500000', '2,500,000'],
  ])('groups %s as %s', (digits, grouped) => {
    expect(groupThousands(digits)).toBe(grouped);
  });
});
