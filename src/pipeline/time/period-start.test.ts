import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('the first day of a declared period', () => {
  it.each([
    [
      'a Wednesday wire dates mourning declared "from Thursday" to the next day, not a week back',
      'en',
      '2024-10-30',
      'The government declared three days of national mourning from Thursday.',
      'Thursday',
      '2024-10-31',
    ],
    [
      'a Friday report dates mourning declared "from Thursday" to the day before',
      'en',
      '2024-11-01',
      'The government declared three days of national mourning from Thursday.',
      'Thursday',
      '2024-10-31',
    ],
    [
      'a Dutch Tuesday report dates a curfew imposed "vanaf donderdag" to that week’s Thursday',
      'nl',
      '2024-10-29',
      'De burgemeester kondigde vanaf donderdag een avondklok af.',
      'donderdag',
      '2024-10-31',
    ],
    [
      'a German Wednesday report dates mourning ordered "ab Donnerstag" to the next day',
      'de',
      '2024-10-30',
      'Die Regierung ordnete ab Donnerstag eine dreitägige Staatstrauer an.',
      'Donnerstag',
      '2024-10-31',
    ],
    [
      'schools closed "from Monday" without a declaring verb still look back',
      'en',
      '2024-10-30',
      'Schools in the region were closed from Monday.',
      'Monday',
      '2024-10-28',
    ],
    [
      'a declaration on a weekday, not from it, still looks back',
      'en',
      '2024-10-30',
      'The government declared a state of emergency on Thursday.',
      'Thursday',
      '2024-10-24',
    ],
  ])('%s', (_name, lang, dct, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang, dct });
    expect(found.find((t) => t.text === text)?.value, found.map((t) => t.text).join(', ')).toBe(value);
  });
});
