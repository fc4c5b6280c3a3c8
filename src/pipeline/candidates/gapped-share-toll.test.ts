/**
 * "In ganz Deutschland starben mehr als 180 Menschen, in Belgien 41": the closing share with its
 * verb left out is the other place's own toll, "41 people killed" in Belgium.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('a closing share of another place', () => {
  it.each([
    ['de', 'In ganz Deutschland starben mehr als 180 Menschen, in Belgien 41.'],
    ['nl', 'In heel Duitsland kwamen meer dan 180 mensen om het leven, in België 41.'],
    ['en', 'More than 180 people died across Germany, and in Belgium 41.'],
  ])('[%s] “%s” tells Belgium’s 41 dead apart from Germany’s 180', async (lang, sentence) => {
    const file = await eventFileOf(sentenceArticles([[`${lang}.txt`, sentence]], '2021-07-25'));
    const tolls = eventsFrom(file, sentence).filter((e) => e.kind === 'death');
    const belgian = tolls.find((e) => e.places.includes('belgium'));
    expect(belgian?.title).toBe('41 people killed');
    expect(belgian?.places).toEqual(['belgium']);
    const german = tolls.find((e) => e !== belgian);
    expect(german?.places).not.toContain('belgium');
    expect(german?.figures.map((f) => f.value)).toEqual([180]);
  });
});
