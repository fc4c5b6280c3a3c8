/** A month's name that says which election or budget is meant dates no news. */
import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('a month used as a modifier is no time expression (publication 16 December 2024)', () => {
  it.each([
    [
      'an agreement "on the February election date" was not reached in February',
      'en',
      'Leaders of the biggest parties then agreed on the February election date, seven months earlier than originally planned.',
      [],
    ],
    [
      'a German "Februar-Wahl" is the election, not a date',
      'de',
      'Die Union will die Februar-Wahl nicht verschieben.',
      [],
    ],
    [
      'a Dutch "februari-verkiezingen" is the election, not a date',
      'nl',
      'De februari-verkiezingen gaan door.',
      [],
    ],
    ['a month after "in" still dates the news', 'en', 'The coalition collapsed in November.', ['2024-11']],
    [
      'a month after "the end of" still dates the news',
      'en',
      'The vote was held at the end of November.',
      ['2024-11'],
    ],
    [
      '"januari-februari" is still a span of months',
      'nl',
      'De vorst duurde januari-februari.',
      ['2024-01', '2024-02'],
    ],
  ])('%s', (_name, lang, sentence, values) => {
    const found = extractTimexes(sentence, { lang, dct: '2024-12-16' }).filter((t) => t.type === 'DATE');
    expect(found.map((t) => t.value)).toEqual(values);
  });
});
