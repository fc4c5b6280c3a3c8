/**
 * A list of parts that "onder wie", "including" or "darunter" opens goes on after "en", "and",
 * "und": each part it lists is of the figure before it, no rival count.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('the parts a list opened by "onder wie", "including", "darunter" goes on with', () => {
  it.each<[string, string]>([
    [
      'the Dutch hundred taken in are 100, of whom fifty minors and fifty in families, not 50 against 100',
      'Afgelopen woensdag bereikte het kabinet na dagen overleg een compromis: Nederland neemt honderd mensen uit Moria op, onder wie vijftig alleenstaande minderjarigen en vijftig mensen in gezinsverband.',
    ],
    [
      'the English 400 taken in are 400, including 150 children and 100 women',
      'On Wednesday ten states agreed to take in 400 people, including 150 children and 100 women.',
    ],
    [
      'the German 400 are 400, darunter 150 Kinder und 100 Frauen',
      'Am Mittwoch einigten sich zehn Staaten, 400 Menschen aufzunehmen, darunter 150 Kinder und 100 Frauen.',
    ],
  ])('%s', async (_, sentence) => {
    const file = await eventFileOf(sentenceArticles([['report.txt', sentence]], '2020-09-19'));
    const events = eventsFrom(file, sentence);
    expect(events.length).toBeGreaterThan(0);
    expect(events.flatMap((e) => e.conflicts.map((c) => c.field))).toEqual([]);
  });
});
