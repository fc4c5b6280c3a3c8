import { describe, expect, it } from 'vitest';
import { daysReported, latestDayReported, latestMonthMentioned, namedDays } from './date-mentions.ts';
import { sentencesOf } from './test-sentences.ts';

const article = (...texts: string[]) => ({ sentences: sentencesOf([texts]) });

describe('latestDayReported', () => {
  it.each([
    [
      'an English day and month',
      ['Tokayev spoke on January 7.', 'Troops arrived on 6 January.'],
      '2022-01-07',
    ],
    ['a German day with an ordinal dot', ['Am 7. Januar sprach Tokajew.'], '2022-01-07'],
    ['a Dutch day with its own year', ['Op 5 januari 2021 begon het.'], '2021-01-05'],
    ['no day when the sentence looks ahead', ['The court will rule on 20 January.'], undefined],
    ['no day for the verb "may"', ['As many as 20 may have died.'], undefined],
    [
      'no day where it names a square',
      ['The attacker opened fire in the tram at the square of 24 October.'],
      undefined,
    ],
    [
      'a day with its own later year over one without',
      ['Op 5 januari 2023 begon het.', 'Op 7 januari ging het door.'],
      '2023-01-05',
    ],
    [
      'a day without a year over an earlier one with',
      ['Op 5 januari 2021 begon het.', 'Op 7 januari ging het door.'],
      '2022-01-07',
    ],
  ])('finds %s', (_name, texts, expected) => {
    expect(latestDayReported(daysReported(article(...texts)), '2022')).toBe(expected);
  });
});

describe('latestDayReported of days set ahead', () => {
  it.each([
    [
      'en',
      'a day something is set for',
      'The cardinals have set the start of the conclave for May 7.',
      undefined,
    ],
    [
      'en',
      'a day it was done on beside one it is set for',
      'On April 28 they set the vote for May 7.',
      '2025-04-28',
    ],
    [
      'nl',
      'a Dutch day in a clause whose present schedules',
      'De kardinalen hebben maandag besloten dat het conclaaf op 7 mei begint.',
      undefined,
    ],
    [
      'de',
      'a German day in a clause whose present schedules',
      'Die Kardinäle beschlossen, dass das Konklave am 7. Mai beginnt.',
      undefined,
    ],
    ['de', 'a German day something is set for', 'Die Wahl wurde auf den 7. Mai angesetzt.', undefined],
    ['nl', 'a Dutch day in the past tense', 'Het conclaaf begon op 7 mei.', '2025-05-07'],
  ])('%s: %s', (language, _name, text, expected) => {
    expect(latestDayReported(daysReported({ ...article(text), language }), '2025')).toBe(expected);
  });
});

describe('latestMonthMentioned', () => {
  it('takes the latest month named with a year, in any of the three languages', () => {
    expect(
      latestMonthMentioned(article('Im Januar 2022 begannen die Proteste.', 'In december 2021 nog niet.')),
    ).toBe('2022-01');
  });
});

describe('namedDays', () => {
  it.each<[string, string[], string[]]>([
    [
      'a recap’s list of the days it looks back on, with and without a year',
      [
        'Genau ein Jahr ist es her, dass der Tunesier Anis Amri am Abend des 19. Dezember 2016 einen gekaperten Sattelzug in den Weihnachtsmarkt am Breitscheidplatz steuerte.',
        '14 June: Fire breaks out shortly before 1am in a fridge-freezer in a fourth-floor flat.',
      ],
      ['2016-12-19', '06-14'],
    ],
    ['none that lies ahead', ['The court will rule on 20 January.'], []],
  ])('%s', (_, texts, days) => {
    expect(namedDays(article(...texts))).toEqual(days);
  });
});
