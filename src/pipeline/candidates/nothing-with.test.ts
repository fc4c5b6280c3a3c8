/**
 * Someone cleared of a happening ("heeft niets met de aanslag te maken", "hatte nichts mit dem
 * Anschlag zu tun", "had no role in the attack") names it; the sentence reports no attack.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a happening someone had nothing to do with', () => {
  it.each<[string, string]>([
    ['nl', 'Hij heeft volgens het OM niets met de aanslag te maken.'],
    ['nl', 'Zij hebben volgens het OM niets met de aanslag te maken.'],
    ['de', 'Er hatte nach Angaben der Staatsanwaltschaft nichts mit dem Anschlag zu tun.'],
    ['en', 'Prosecutors said he had nothing to do with the attack.'],
    [
      'en',
      'One of them was released on Tuesday after investigators found he had no role in the attack, prosecutors said.',
    ],
  ])('[%s] “%s” tells no attack', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2019-03-19').map((c) => c.kind)).not.toContain('attack');
  });

  it('[nl] “de manier waarop de aanslag werd gepleegd” still tells the attack', () => {
    const text =
      'Volgens het OM wijzen de inhoud van de brief en de manier waarop de aanslag werd gepleegd op een terroristisch motief.';
    expect(kindsAndTitles('nl', text, '2019-03-18').map((c) => c.kind)).toContain('attack');
  });
});
