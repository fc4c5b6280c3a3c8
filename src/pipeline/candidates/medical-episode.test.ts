/**
 * "Police said she had suffered a heart attack": an illness named with the word for an assault
 * ("heart attack", "hartaanval") reports no attack.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('a heart attack is no attack', () => {
  it.each([
    ['en', 'Police said she had suffered a heart attack and denied that she had been beaten.'],
    ['nl', 'Volgens de politie kreeg ze op het bureau een hartaanval.'],
  ])('[%s] “%s” tells no attack', async (lang, sentence) => {
    const file = await eventFileOf(sentenceArticles([[`${lang}.txt`, sentence]], '2022-09-19'));
    expect(eventsFrom(file, sentence).map((e) => e.title)).not.toContain('Attack');
  });

  it('an attack told beside no illness is still one', async () => {
    const sentence = 'Gunmen attacked a police station in Zahedan on Friday.';
    const file = await eventFileOf(sentenceArticles([['en.txt', sentence]], '2022-10-01'));
    expect(eventsFrom(file, sentence).some((e) => e.title.includes('ttack'))).toBe(true);
  });
});
