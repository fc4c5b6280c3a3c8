/**
 * A group told to be none of the toll ("geen Nederlanders onder de doden") names the dead; the
 * sentence reports no deaths, nor any in the city the ministry speaks from.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('a group that is none of the toll', () => {
  it.each([
    [
      'nl',
      'Volgens het ministerie van Buitenlandse Zaken in Den Haag zijn alle Nederlanders die aan boord waren terecht en bevinden zich geen Nederlanders onder de doden of vermisten.',
    ],
    ['en', 'The Foreign Office in London said no Britons were among the dead or missing.'],
    ['de', 'Nach Angaben des Auswärtigen Amts in Berlin sind keine Deutschen unter den Toten.'],
  ])('[%s] “%s” tells of no deaths', async (lang, sentence) => {
    const file = await eventFileOf(sentenceArticles([[`${lang}.txt`, sentence]], '2012-01-18'));
    const kinds = eventsFrom(file, sentence).map((e) => e.kind);
    expect(kinds).not.toContain('death');
    expect(kinds).not.toContain('missing');
  });

  it('nationals who are among the dead are a toll: “Two Britons were among the dead.”', async () => {
    const sentence = 'Two Britons were among the dead, the Foreign Office in London said on Tuesday.';
    const file = await eventFileOf(sentenceArticles([['en.txt', sentence]], '2012-01-18'));
    expect(eventsFrom(file, sentence).map((e) => e.kind)).toContain('death');
  });
});
