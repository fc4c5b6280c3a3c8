import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('comparison periods of a financial report published on 26 October 1989', () => {
  it.each([
    ['Third-quarter net rose to $87 million from $58 million a year earlier.', 'a year earlier', '1988-Q3'],
    [
      'The company reported a third-quarter loss, compared with year-earlier profit.',
      'year-earlier',
      '1988-Q3',
    ],
    [
      'Third-quarter sales fell. In the year-ago period, it earned $101 million.',
      'the year-ago period',
      '1988-Q3',
    ],
    ['Third-quarter sales fell. It earned $376,000 in the 1988 quarter.', 'the 1988 quarter', '1988-Q3'],
    [
      "Net for the third quarter rose. U.K. sales for last year's quarter were $3 million.",
      "last year's quarter",
      '1988-Q3',
    ],
    ["Net for this year's third quarter was $10.5 million.", "this year's third quarter", '1989-Q3'],
    [
      "The spin-off could be effective as early as next year's first quarter.",
      "next year's first quarter",
      '1990-Q1',
    ],
    [
      'Third-quarter net rose. For the nine months, net was $254 million, up from $163 million a year earlier.',
      'a year earlier',
      '1988',
    ],
    [
      'Third-quarter sales fell; a recovery is seen in the third quarter of 1990. In the year-ago period, it earned $101 million.',
      'the year-ago period',
      '1988-Q3',
    ],
    ['Tourism revenue dropped to $300 million, down from $450 million a year ago.', 'a year ago', '1988'],
  ])('in “%s”, “%s” is %s', (sentence, text, value) => {
    const found = extractTimexes(sentence, { lang: 'en', dct: '1989-10-26' });
    expect(found.find((t) => t.text === text)?.value, JSON.stringify(found)).toBe(value);
  });
});

describe('half-years', () => {
  it.each([
    ['en', 'Earnings will be lower for the last half of 1989.', 'the last half of 1989', '1989-H2'],
    ['en', 'Profit fell in the second half.', 'the second half', '1989-H2'],
    ['en', 'Growth will slow in the first half of next year.', 'the first half of next year', '1990-H1'],
    ['nl', 'De economie groeide in de tweede helft van 2021.', 'de tweede helft van 2021', '2021-H2'],
    ['de', 'Die Preise stiegen in der ersten Jahreshälfte 2021.', 'der ersten Jahreshälfte 2021', '2021-H1'],
  ])('[%s] in “%s”, “%s” is %s', (lang, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang, dct: '1989-10-26' });
    expect(found.find((t) => t.text === text)?.value, JSON.stringify(found)).toBe(value);
  });

  it('leaves a half of something else alone', () => {
    const found = extractTimexes('Sales fell in the last half of the match.', {
      lang: 'en',
      dct: '1989-10-26',
    });
    expect(found.map((t) => t.text)).toEqual([]);
  });
});
