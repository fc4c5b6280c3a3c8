/**
 * Japan raising the rating of the Fukushima Daiichi accident on the INES scale from level 4 to
 * level 5 (18 March 2011), as an AP live blog, a machine translation from the German and reports
 * written for this test tell it; a credit rating raised is no accident's.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const told = (lang: string, text: string) => kindsAndTitles(lang, text, '2011-03-18');

describe('an accident’s rating raised', () => {
  it.each([
    ['en', 'On Friday, Japan raised its rating of the accident from level 4 to level 5.'],
    [
      'en',
      'Meanwhile the Japanese atomic supervision NISA has the accident in the nuclear power plant Fukushima 1 on the international evaluation scale INES from level 4 to level 5 up-graded.',
    ],
    [
      'de',
      'Die japanische Atomaufsicht hat den Unfall auf der internationalen Bewertungsskala INES von Stufe 4 auf Stufe 5 hochgestuft.',
    ],
    ['de', 'Japan stufte den Unfall auf der INES-Skala von Stufe 4 auf 5 hoch.'],
    ['de', 'Der Unfall wurde auf der INES-Skala auf Stufe 5 heraufgestuft.'],
    [
      'nl',
      'De Japanse toezichthouder heeft het ongeluk op de internationale INES-schaal verhoogd van niveau 4 naar niveau 5.',
    ],
  ])('[%s] “%s” is titled “Accident rating raised”', (lang, text) => {
    expect(told(lang, text)).toContainEqual({ kind: 'rating-raised', title: 'Accident rating raised' });
  });

  it.each([
    ['en', 'Moody’s raised its rating of the bank’s debt on Friday.'],
    ['en', 'The airport upgraded its terminals ahead of the Games.'],
  ])('[%s] “%s” is no accident’s rating', (lang, text) => {
    expect(told(lang, text).map((c) => c.kind)).not.toContain('rating-raised');
  });
});
