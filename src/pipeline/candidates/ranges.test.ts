import { describe, expect, it } from 'vitest';
import { findNumbers } from './numbers.ts';
import { markRanges } from './ranges.ts';

function marked(text: string, lang: string): string[] {
  const spans = findNumbers(text, lang);
  markRanges(text, spans);
  return spans.map((s) => `${s.value} ${s.qualifier}`);
}

describe('the two ends of a range are one estimate, not two accounts', () => {
  it.each<[string, string, string, string[]]>([
    [
      "an English loss 'between $12 million and $15 million' a day runs from at least the one to up to the other",
      'en',
      'Mr Rabie said Egypt was losing between $12 million and $15 million in revenue for every day the canal was shut.',
      ['12000000 at-least', '15000000 up-to'],
    ],
    [
      "a Dutch 'tussen de 20 en 30 doden' is a range",
      'nl',
      'Bij de aanslag vielen volgens de politie tussen 20 en 30 doden.',
      ['20 at-least', '30 up-to'],
    ],
    [
      "a Dutch 'tussen de 18.000 en 20.000', with its article, is a range",
      'nl',
      'De burgemeester vreest dat bij de overstromingen tussen de 18.000 en 20.000 mensen zijn omgekomen.',
      ['18000 at-least', '20000 up-to'],
    ],
    [
      "a German 'zwischen 20 und 30 Tote' is a range",
      'de',
      'Die Behörden sprachen von zwischen 20 und 30 Toten.',
      ['20 at-least', '30 up-to'],
    ],
    [
      'police and organisers giving two counts in one sentence are no range',
      'en',
      'Police put the crowd at 3,000 and organisers at 10,000.',
      ['3000 exact', '10000 exact'],
    ],
    [
      "a count 'between' two places is no range",
      'en',
      'The 400 ships between Suez and Port Said and 22 more were waiting.',
      ['400 exact', '22 exact'],
    ],
  ])('%s', (_, lang, text, expected) => {
    expect(marked(text, lang)).toEqual(expected);
  });
});
