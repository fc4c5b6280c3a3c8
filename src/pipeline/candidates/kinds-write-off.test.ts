/**
 * Bonds a regulator writes off (Credit Suisse's AT1 bonds, March 2023), told in English, Dutch and
 * German; money written off elsewhere, or no bonds at all, is no such write-off. And the central
 * bank's support in its own words: "would provide liquidity", "stelt … beschikbaar".
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const kinds = (lang: string, text: string) => kindsAndTitles(lang, text, '2023-03-19').map((c) => c.kind);

describe('bonds written off and a central bank’s liquidity', () => {
  it.each([
    [
      'en',
      "Sunday the regulator said Credit Suisse's AT1 bonds worth about 16 billion francs would be written down to zero.",
      'write-off',
    ],
    [
      'en',
      'Sunday the supervisor has declared bonds with a value of 16 billion francs worthless.',
      'write-off',
    ],
    [
      'nl',
      'Beleggers in AT1-obligaties van Credit Suisse ter waarde van 16 miljard frank verliezen hun geld, zo liet toezichthouder Finma weten.',
      'write-off',
    ],
    ['de', 'Am Sonntag wurden Anleihen im Wert von 16 Milliarden Franken abgeschrieben.', 'write-off'],
    [
      'en',
      'Sunday the Swiss National Bank said it would provide liquidity of up to 100 billion francs.',
      'bailout',
    ],
    ['nl', 'De Zwitserse centrale bank stelt tot 100 miljard frank beschikbaar.', 'bailout'],
  ])('[%s] “%s” is a %s', (lang, text, kind) => {
    expect(kinds(lang, text)).toContain(kind);
  });

  it.each([
    ['en', 'Sunday the company said the loss would be written down over five years.', 'write-off'],
    ['de', 'Am Sonntag wurde das Gebäude für wertlos erklärt.', 'write-off'],
    ['nl', 'Zondag stelt de gemeente extra opvangplekken beschikbaar.', 'bailout'],
  ])('[%s] “%s” is no %s', (lang, text, kind) => {
    expect(kinds(lang, text)).not.toContain(kind);
  });
});
