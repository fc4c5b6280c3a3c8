/**
 * Telephone and internet connections interrupted are the internet cut off: "were interrupted",
 * "werden onderbroken", "verbroken", "wurden unterbrochen".
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('connections interrupted', () => {
  it.each([
    ['en', 'On Tuesday, the telephone and internet connections in Derna were interrupted.'],
    ['nl', 'Dinsdag werden de telefoon- en internetverbindingen in Derna verbroken.'],
    ['nl', 'Op dinsdag werd het internet in Derna onderbroken.'],
    ['de', 'Am Dienstag wurden die Telefon- und Internetverbindungen in Darna unterbrochen.'],
  ])('[%s] “%s” is the internet shut down in Derna on Tuesday', async (lang, sentence) => {
    const file = await eventFileOf(sentenceArticles([[`${lang}.txt`, sentence]], '2023-09-20'));
    const cut = eventsFrom(file, sentence).find((e) => e.kind === 'internet');
    expect([cut?.title, cut?.when.start]).toEqual(['Internet shut down in Derna', '2023-09-19']);
  });
});
