/**
 * A toll that "stood at" a number counts the dead as "rose to" does: "On Wednesday evening the
 * confirmed toll had stood at 12" is twelve people killed on Wednesday.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('a toll that stood at a number', () => {
  it('“On Wednesday evening the confirmed toll had stood at 12” gives 12 people killed on Wednesday', async () => {
    const sentence = 'On Wednesday evening the confirmed toll had stood at 12.';
    const file = await eventFileOf(sentenceArticles([['en_toll.txt', sentence]], '2017-06-15'));
    expect(eventsFrom(file, sentence).map((e) => [e.title, e.when.start])).toEqual([
      ['12 people killed', '2017-06-14'],
    ]);
  }, 60_000);
});
