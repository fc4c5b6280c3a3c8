/** A leader who orders or announces a lower or capped price cuts the price; he makes no mere statement. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a price cut ordered or announced is the price cut', () => {
  it.each<[string, string, string]>([
    [
      'a German leader who "kündigte an, den Preis … zu senken" cuts the price',
      'de',
      'Mittwoch kündigte der Präsident an, den Preis für Flüssiggas in der Region auf 50 Cent pro Liter zu senken.',
    ],
    [
      'an English order "to cap the price of LPG" cuts the price',
      'en',
      'Wednesday he ordered the government to cap the price of LPG at 50 cents per litre for 180 days.',
    ],
    [
      'a Dutch cabinet that announces "de gasprijs te verlagen" cuts the price',
      'nl',
      'Woensdag kondigde het kabinet aan de gasprijs te verlagen.',
    ],
    ['a German price "gedeckelt" is cut', 'de', 'Mittwoch wurde der Gaspreis für ein halbes Jahr gedeckelt.'],
  ])('%s', (_name, lang, text) => {
    const kinds = kindsAndTitles(lang, text, '2022-01-05').map((c) => c.kind);
    expect(kinds).toContain('price-cut');
    expect(kinds).not.toContain('statement');
  });

  it('prices that "were lower than expected" are cut by no one', () => {
    const kinds = kindsAndTitles('en', 'Wednesday oil prices were lower than expected.', '2022-01-05');
    expect(kinds.map((c) => c.kind)).not.toContain('price-cut');
  });
});
