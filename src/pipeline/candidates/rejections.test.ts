/**
 * Figures or claims rejected are a statement of whoever rejects them: "wies die Angaben zurück",
 * "wees de cijfers van de hand", "denied the figure".
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('figures rejected', () => {
  it.each([
    ['de', 'Der Libysche Rote Halbmond wies die Angaben am Sonntag zurück.'],
    ['nl', 'De Libische Rode Halve Maan wees de cijfers zondag van de hand.'],
    ['en', 'The Libyan Red Crescent on Sunday denied the figure.'],
  ])('[%s] “%s” is a statement of the Libyan Red Crescent on Sunday', async (lang, sentence) => {
    const file = await eventFileOf(sentenceArticles([[`${lang}.txt`, sentence]], '2023-09-18'));
    const said = eventsFrom(file, sentence).find((e) => e.kind === 'statement');
    expect(said?.when.start).toBe('2023-09-17');
    expect(said && actorNames(file, said)).toContain('Libyan Red Crescent');
  });
});
