/** An election called is dated by its announcement, never by the election day it announces. */
import { describe, expect, it } from 'vitest';
import { article, day } from './test-helpers.ts';
import { extractCandidates } from './stage.ts';

/** One sentence of an article of Tuesday 11 July 2023 with these time expressions, each resolved to its day. */
function called(lang: string, text: string, times: [string, string][]) {
  const [first, ...rest] = times.map(([phrase, date]) => day(date, phrase));
  const doc = article('doc', lang, [{ text, times: first ? [first, ...rest] : [] }], '2023-07-11');
  return extractCandidates(doc).find((c) => c.kind === 'election-called');
}

describe('an election called', () => {
  it.each<[string, string, [string, string][], string, string]>([
    [
      'en',
      'The elections will be held on November 22, the Dutch election council said on Monday.',
      [
        ['November 22', '2023-11-22'],
        ['Monday', '2023-07-10'],
      ],
      '2023-07-10',
      'day',
    ],
    [
      'de',
      'Die Neuwahl soll am 22. November stattfinden, wie der Wahlrat am Montag mitteilte.',
      [
        ['22. November', '2023-11-22'],
        ['Montag', '2023-07-10'],
      ],
      '2023-07-10',
      'day',
    ],
    [
      'nl',
      'Gisteren werd bekend dat de Nederlanders op 22 november naar de stembus gaan.',
      [
        ['Gisteren', '2023-07-10'],
        ['22 november', '2023-11-22'],
      ],
      '2023-07-10',
      'day',
    ],
    [
      'en',
      'The elections will be held on November 22.',
      [['November 22', '2023-11-22']],
      '2023-07-04',
      'before-publication',
    ],
  ])('[%s] “%s” is dated %s', (lang, text, times, start, precision) => {
    const election = called(lang, text, times);
    expect(election?.title).toBe('Election called');
    expect(election?.when.start).toBe(start);
    expect(election?.when.precision).toBe(precision);
  });
});
