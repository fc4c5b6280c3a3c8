/**
 * Someone who denies taking part in a happening ("had not been involved in drafting the
 * ceasefire", "niet betrokken bij", "nicht beteiligt") names it; the sentence reports no ceasefire.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('a denied part in a happening', () => {
  it.each([
    [
      'en',
      'Pashinyan said Armenia had not been involved in drafting the ceasefire and that its army had not taken part in the fighting.',
    ],
    ['nl', 'Pasjinjan zei dat Armenië niet betrokken was bij het opstellen van het staakt-het-vuren.'],
    ['de', 'Paschinjan sagte, Armenien sei an der Waffenruhe nicht beteiligt gewesen.'],
  ])('[%s] “%s” tells a statement, no ceasefire', async (lang, sentence) => {
    const file = await eventFileOf(sentenceArticles([[`${lang}.txt`, sentence]], '2023-09-20'));
    const kinds = eventsFrom(file, sentence).map((e) => e.kind);
    expect(kinds).not.toContain('ceasefire');
    expect(kinds).toContain('statement');
  });

  it('a ceasefire someone took part in is one: “Russian peacekeepers were involved in brokering the ceasefire on Wednesday.”', async () => {
    const sentence = 'Russian peacekeepers were involved in brokering the ceasefire on Wednesday.';
    const file = await eventFileOf(sentenceArticles([['en.txt', sentence]], '2023-09-20'));
    expect(eventsFrom(file, sentence).map((e) => e.kind)).toContain('ceasefire');
  });
});
