import { describe, expect, it } from 'vitest';
import { formatNumber, groupThousands } from './format-number.ts';
import { findNumbers } from './numbers.ts';

describe('findNumbers', () => {
  it.each([
    ['A Turkish constructor and 300 workers were arrested.', 'en', [300]],
    ['The toString of valueOf hasOwnProperty: 2,500 troops.', 'en', [2500]],
    ['Thousands of people protested in Almaty.', 'en', [2000]],
    ['Tens of thousands of people rallied in Tbilisi.', 'en', [20000]],
    ['Hundreds of thousands of people fled.', 'en', [200, 200000]],
    ['Tienduizenden en honderdduizenden mensen.', 'nl', [20000, 200000]],
    ['Zehntausende und Hunderttausende Menschen.', 'de', [20000, 200000]],
    ['Er werden tientallen mensen gearresteerd.', 'nl', [20]],
    ['Mehr als 4.000 Menschen wurden festgenommen, 2,2 Milliarden Euro.', 'de', [4000, 2.2e9]],
    [
      'Some 25-year-olds, twenty-five 2,500-strong units and dozens’ homes; drei-4 vier.',
      'en',
      [25, 25, 2500, 24, 4],
    ],
    ['Vijfentwintig-jarige, ’s-Hertogenbosch: tientallen-2 duizenden€ x-honderd.', 'nl', [20, 2, 2000]],
    ['Fünfundzwanzig Menschen, 3-mal, zwei-drei Tausende, Mio.-Grenze', 'de', [25, 3, 2000]],
    [
      'Auf der Flucht verletzte er einen Mann und eine Frau schwer, bevor Polizisten ihn an der B91 im Burgenlandkreis festnahmen.',
      'de',
      [],
    ],
    ['Flight MH17 was shot down with 298 people on board; an A320 landed.', 'en', [298]],
  ])('reads only real numbers in "%s"', (text, lang, values) => {
    expect(findNumbers(text, lang).map((n) => n.value)).toEqual(values);
  });
});

describe('findNumbers: a scale glued to the number or written out', () => {
  it.each<[string, string, string, number, string]>([
    [
      'an English debt of "$51bn" is 51 billion dollars',
      'en',
      'defaulted on its $51bn foreign debt',
      51e9,
      '$51bn',
    ],
    [
      '"$51 billion" written out is the same',
      'en',
      'defaulted on its $51 billion foreign debt',
      51e9,
      '$51 billion',
    ],
    ['"$2.5m" after a currency is 2.5 million', 'en', 'a grant of $2.5m for the victims', 2.5e6, '$2.5m'],
    ['"5m" without a currency is five metres, no million', 'en', 'a wave 5m high hit the coast', 5, '5'],
    ['"€3mln" is 3 million', 'en', 'fined €3mln by the regulator', 3e6, '€3mln'],
    [
      'a Dutch "51 miljard dollar" is 51 billion',
      'nl',
      'een schuld van 51 miljard dollar',
      51e9,
      '51 miljard',
    ],
    [
      'a German "51 Milliarden Dollar" is 51 billion',
      'de',
      'Schulden von 51 Milliarden Dollar',
      51e9,
      '51 Milliarden',
    ],
    ['a German "3Mrd. Euro" is 3 billion', 'de', 'Hilfen von 3Mrd. Euro', 3e9, '3Mrd'],
  ])('%s', (_name, lang, text, value, written) => {
    const n = findNumbers(text, lang)[0];
    expect([n?.value, n?.text]).toEqual([value, written]);
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

  it.each([
    [51e9, '51 billion'],
    [10.6e9, '10.6 billion'],
  ])('a title writes %s in billions where one decimal says it all', (value, text) => {
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

describe('findNumbers: en/nl/de numbers as written', () => {
  it.each<[string, string, string, number, string]>([
    ['English thousands separator', 'en', 'more than 3,000 people', 3000, 'more-than'],
    ['Dutch thousands separator', 'nl', '2.500 van hen', 2500, 'exact'],
    ['Dutch decimal comma with a scale word', 'nl', '2,2 miljoen euro', 2_200_000, 'exact'],
    ['English decimal point with a scale word', 'en', '2.2 million euros', 2_200_000, 'exact'],
    ['a currency sign', 'en', 'worth €2.2 million', 2_200_000, 'exact'],
    ['an English compound number word', 'en', 'twenty-five export licenses', 25, 'exact'],
    ['a Dutch compound number word', 'nl', 'vijfentwintig exportlicenties', 25, 'exact'],
    ['a Dutch thousands word', 'nl', 'meer dan drieduizend mensen', 3000, 'more-than'],
    ['a Dutch tens-of-thousands word', 'nl', "zo'n twintigduizend mensen", 20000, 'about'],
    ['a German compound number word', 'de', 'fünfundzwanzig Lizenzen', 25, 'exact'],
    ['a vague quantity', 'en', 'thousands of arrests', 2000, 'at-least'],
  ])('reads %s', (_name, lang, text, value, qualifier) => {
    const [n] = findNumbers(text, lang);
    expect(n).toMatchObject({ value, qualifier });
  });
});

describe('the qualifier before a count', () => {
  it.each([
    ['Bij de scheepsramp zijn zeker 27 migranten om het leven gekomen.', 'nl', 'zeker 27', 'at-least'],
    ['Volgens de veiligheidsregio zijn zeker 350 bewoners geëvacueerd.', 'nl', 'zeker 350', 'at-least'],
    ['Mindestens 27 Menschen kamen ums Leben.', 'de', 'Mindestens 27', 'at-least'],
    ['At least 20 migrants died.', 'en', 'At least 20', 'at-least'],
  ])('“%s” [%s] reads “%s” as %s', (text, lang, written, qualifier) => {
    expect(findNumbers(text, lang).map((n) => [n.text, n.qualifier])).toEqual([[written, qualifier]]);
  });
});
