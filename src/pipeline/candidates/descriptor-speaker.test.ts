import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('a speaker named after the reported words only by what it is', () => {
  it.each([
    [
      'en',
      'Intel will cut about 15,000 jobs, more than 15% of its workforce, and suspend its dividend from the fourth quarter, the chipmaker said on Thursday as it reported a loss for the second quarter.',
      'Intel makes a statement',
    ],
    [
      'en',
      'Boeing will halt production at its plant in Renton, the company said on Thursday.',
      'Boeing makes a statement',
    ],
  ])('[%s] “%s” is titled “%s”', async (lang, sentence, title) => {
    const file = await eventFileOf(sentenceArticles([[`${lang}.txt`, sentence]], '2024-08-02'));
    expect(eventsFrom(file, sentence).map((e) => e.title)).toContain(title);
  });

  it('lends no person’s name to the company: “Pat Gelsinger will step down …, the company said”', async () => {
    const sentence = 'Pat Gelsinger will step down at the end of the year, the company said on Thursday.';
    const file = await eventFileOf(sentenceArticles([['en.txt', sentence]], '2024-08-02'));
    expect(eventsFrom(file, sentence).map((e) => e.title)).not.toContain('Pat Gelsinger makes a statement');
  });
});
