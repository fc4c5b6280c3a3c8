/**
 * A truck that "drove into the market" is an attack on the market, placed where the sentence puts
 * the market ("on Breitscheidplatz"), not where the truck was registered ("registered in Poland")
 * nor at the landmark it stands beside ("beside the Kaiser Wilhelm Memorial Church"). Investors
 * driven into a market are no attack.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('a truck driven into a market', () => {
  it('“The black Scania articulated truck, registered in Poland …, drove into the market beside the Kaiser Wilhelm Memorial Church on Breitscheidplatz” is an attack at 8 p.m., not one in Poland', async () => {
    const sentence =
      'The black Scania articulated truck, registered in Poland and loaded with about 25 tonnes of steel beams, drove into the market beside the Kaiser Wilhelm Memorial Church on Breitscheidplatz shortly after 8 p.m. (1900 GMT) on Monday.';
    const file = await eventFileOf(
      sentenceArticles([['en_truck.txt', `BERLIN (Wire) - ${sentence}`]], '2016-12-20'),
    );
    // Alone, the square is no title place; with the rest of its report it is (the Berlin story).
    expect(eventsFrom(file, sentence).map((e) => [e.kind, e.title, e.when.start])).toEqual([
      ['attack', 'Attack', '2016-12-19T20:00'],
    ]);
  }, 60_000);

  it('“Fears about the economy drove investors into the bond market” is no attack', async () => {
    const sentence = 'Fears about the economy drove investors into the bond market on Monday.';
    const file = await eventFileOf(sentenceArticles([['en_bonds.txt', sentence]], '2016-12-20'));
    expect(eventsFrom(file, sentence).map((e) => e.kind)).not.toContain('attack');
  }, 60_000);
});
