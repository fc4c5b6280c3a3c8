import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const PUBLISHED = { date: '2019-04-23', precision: 'day', inferred: false } as const;

/** Where the second sentence of the paragraph takes its time from, and its first day. */
function secondOf(lang: string, paragraph: [string, string]): string {
  const s = timeStage(article(lang, [paragraph], PUBLISHED)).sentences[1];
  return `${s?.timeFrom} ${s?.when.start.slice(0, 10)}`;
}

describe('a saying in the present after a day weeks before the report is the report’s', () => {
  it.each<[string, string, [string, string], string]>([
    [
      'NU.nl’s “Wickremesinghe zegt” after a warning of 4 April is no saying of 4 April',
      'nl',
      [
        'Een buitenlandse inlichtingendienst zou op 4 april hebben gemeld dat NTJ aanslagen op kerken voorbereidde.',
        'Premier Ranil Wickremesinghe zegt dat hij niet van de waarschuwing op de hoogte was.',
      ],
      'publication 2019-04-16',
    ],
    [
      'an English “says” after a warning of 4 April',
      'en',
      [
        'A foreign intelligence service warned on April 4 that attacks on churches were planned.',
        'Prime Minister Ranil Wickremesinghe says he was not told of the warning.',
      ],
      'publication 2019-04-16',
    ],
    [
      'a saying in the present after a day of the same week still goes with it',
      'en',
      ['Police raided a house in Dematagoda on Sunday.', 'The police chief says three officers died.'],
      'context 2019-04-21',
    ],
  ])('%s', (_name, lang, paragraph, expected) => {
    expect(secondOf(lang, paragraph)).toBe(expected);
  });
});
