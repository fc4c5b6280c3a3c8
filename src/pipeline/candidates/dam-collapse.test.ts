/**
 * Dams that burst are a disaster titled as a dam's collapse, in English, Dutch and German, where
 * the plural ("dams", "dammen", "Staudämme") and the Dutch and German verbs ("braken door",
 * "bezweken", "gebrochen") tell it; a river that bursts its banks is no collapse.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

const DAMS: [string, string][] = [
  [
    'en_a.txt',
    'Late on Sunday night the two dams above Derna collapsed, and a wall of water swept entire neighbourhoods into the sea.',
  ],
  ['nl_b.txt', 'In de nacht van zondag op maandag braken twee dammen boven Derna door.'],
  ['nl_c.txt', 'Zondagnacht bezweken twee stuwdammen boven de stad Derna.'],
  ['de_d.txt', 'In der Nacht zum Montag waren oberhalb von Darna zwei Staudämme gebrochen.'],
];

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf(sentenceArticles(DAMS, '2023-09-12'));
}, 30_000);

describe('dams that burst', () => {
  it.each(DAMS)('%s “%s” is a dam collapse in Derna', (_, sentence) => {
    const titles = eventsFrom(file, sentence).map((e) => e.title);
    expect(titles).toContain('Dam collapse in Derna');
  });

  it('a river that burst its banks is no collapse', async () => {
    const sentence =
      'More than 60 people died in Paiporta alone when the Poyo ravine burst its banks on Tuesday evening.';
    const river = await eventFileOf(sentenceArticles([['en.txt', sentence]], '2024-10-30'));
    expect(
      eventsFrom(river, sentence)
        .map((e) => e.title)
        .some((t) => t.includes('ollapse')),
    ).toBe(false);
  });
});
