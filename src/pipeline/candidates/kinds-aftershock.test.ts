/**
 * An aftershock is told as one, not as the earthquake again: "Am Sonntag wurde das Dorf Moulay
 * Brahim von einem Nachbeben der Stärke 3,9 erschüttert" is an aftershock in Moulay Brahim. A quake
 * after which aftershocks are feared is still the earthquake.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

async function titlesOf(lang: string, sentence: string): Promise<string[]> {
  const file = await eventFileOf(sentenceArticles([[`${lang}.txt`, sentence]], '2023-09-11'));
  return eventsFrom(file, sentence)
    .filter((e) => e.kind === 'disaster')
    .map((e) => e.title);
}

describe('an aftershock', () => {
  it.each<[string, string, string]>([
    [
      'en',
      'A magnitude 5.1 aftershock struck near Mandalay on Sunday afternoon, sending people screaming into the streets.',
      'Aftershock in Mandalay',
    ],
    [
      'de',
      'Am Sonntag wurde das Dorf Moulay Brahim von einem Nachbeben der Stärke 3,9 erschüttert.',
      'Aftershock in Moulay Brahim',
    ],
    [
      'nl',
      'Zondag werd het dorp Moulay Brahim getroffen door een naschok met een kracht van 3,9.',
      'Aftershock in Moulay Brahim',
    ],
    ['en', 'An aftershock of magnitude 6.4 struck about 12 minutes later.', 'Aftershock'],
  ])('[%s] “%s” is titled “%s”', async (lang, sentence, title) => {
    expect(await titlesOf(lang, sentence)).toEqual([title]);
  });

  it('a quake after which aftershocks were feared is the earthquake', async () => {
    const titles = await titlesOf(
      'en',
      'The earthquake struck Amizmiz late on Friday, and residents spent the night outside for fear of aftershocks.',
    );
    expect(titles).toEqual(['Earthquake in Amizmiz']);
  });
});
