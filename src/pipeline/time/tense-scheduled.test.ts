/** A day "scheduled for" ("voorzien voor", "angesetzt für") lies ahead, even in a December article. */
import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('a date an election is scheduled for lies ahead (publication 16 December 2024)', () => {
  it.each([
    [
      'a Dutch election "voorzien voor 23 februari" is next February',
      'nl',
      'De verkiezingen zijn voorzien voor 23 februari.',
      '2025-02-23',
    ],
    [
      'a German election "für den 23. Februar angesetzt" is next February',
      'de',
      'Die Neuwahl ist für den 23. Februar angesetzt.',
      '2025-02-23',
    ],
    [
      'a German election "am 23. Februar vorgesehen" is next February',
      'de',
      'Die Neuwahl ist am 23. Februar vorgesehen.',
      '2025-02-23',
    ],
    [
      'a Dutch election held "op 23 februari" in the past stays last February',
      'nl',
      'De verkiezingen werden op 23 februari gehouden.',
      '2024-02-23',
    ],
  ])('%s', (_name, lang, sentence, value) => {
    expect(extractTimexes(sentence, { lang, dct: '2024-12-16' }).map((t) => t.value)).toEqual([value]);
  });
});

describe('a day a plan "had been scheduled for" is one the report looks back on', () => {
  it('"The vote had been scheduled for Wednesday afternoon" in Thursday\'s paper is the Wednesday before', () => {
    const [t] = extractTimexes(
      'The vote had been scheduled for Wednesday afternoon before his announcement.',
      {
        lang: 'en',
        dct: '2022-12-08',
      },
    );
    expect(t?.interval?.start).toBe('2022-12-07');
  });

  it('"The vote is scheduled for Wednesday" in Thursday\'s paper is next Wednesday', () => {
    const [t] = extractTimexes('The vote is scheduled for Wednesday.', { lang: 'en', dct: '2022-12-08' });
    expect(t?.interval?.start).toBe('2022-12-14');
  });
});
