/**
 * A lede that ends with a day still ahead ("New elections will take place on 23 February") lends
 * the next paragraph its day of news, not that day: what the paragraph tells in the past happened.
 */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const published = { date: '2024-12-28', precision: 'day', inferred: false } as const;

describe('a second paragraph told in the past takes the lede’s day of news, not its day ahead', () => {
  it.each([
    [
      'a statement after a dissolution and an election date is dated to the dissolution',
      'en',
      [
        'Federal President Frank-Walter Steinmeier has dissolved the German Bundestag.',
        'He announced this on Friday in the Bellevue Palace in Berlin.',
        'New elections will take place on 23 February, so the head of state.',
      ],
      'Steinmeier said that especially in difficult times one needs a government capable of acting.',
      '2024-12-27',
    ],
    [
      'a Dutch speech after "vrijdag" and "op 23 februari" is dated to Friday',
      'nl',
      [
        'De Duitse bondspresident Frank-Walter Steinmeier heeft vrijdag de Bondsdag ontbonden.',
        'De vervroegde verkiezingen vinden plaats op 23 februari, zeven maanden eerder dan gepland.',
      ],
      'Steinmeier maakte zijn besluit bekend in een toespraak in Slot Bellevue in Berlijn.',
      '2024-12-27',
    ],
  ])('%s', (_name, lang, lede, second, day) => {
    const sentences = timeStage(article(lang, [lede, [second]], published)).sentences;
    expect(sentences.at(-1)?.when.start.slice(0, 10)).toBe(day);
  });
});
