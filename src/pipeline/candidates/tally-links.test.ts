/** Death tolls as an earthquake's reports give them day by day, in English, Dutch and German. */
import { describe, expect, it } from 'vitest';
import { findFigures } from './figures.ts';
import { defaultLexicon } from './lexicon.ts';

describe('a death toll that passes a mark is a tally of the dead', () => {
  it.each([
    [
      'en',
      'The combined death toll in Turkey and Syria has now passed 21,000, making it the deadliest earthquake in the region.',
      21000,
      'exact',
    ],
    [
      'en',
      'The death toll from the earthquake that devastated southern Turkey and northern Syria rose above 11,000 on Wednesday.',
      11000,
      'more-than',
    ],
    [
      'nl',
      'Het dodental door de zware aardbevingen in Turkije en Syrië is gestegen naar ruim 5000.',
      5000,
      'more-than',
    ],
    [
      'nl',
      'Het dodental in Turkije en Syrië is inmiddels opgelopen tot boven de 41.000.',
      41000,
      'more-than',
    ],
    [
      'de',
      'Die Zahl der Toten durch die Beben vom 6. Februar stieg in der Türkei und Syrien auf mehr als 47.000.',
      47000,
      'more-than',
    ],
    [
      'en',
      'The budget of the victims rose on Saturday to 43 dead, after the firefighters extracted from the rubble the bodies of a couple.',
      43,
      'exact',
    ],
    ['nl', 'Het aantal slachtoffers is zaterdag gestegen tot 43 doden.', 43, 'exact'],
  ])('[%s] “%s” tallies %s dead', (lang, text, value, qualifier) => {
    const [figure, ...others] = findFigures(text, lang, 'death', defaultLexicon);
    expect(others).toEqual([]);
    expect(figure?.tally).toBe(true);
    expect(figure?.figure).toMatchObject({ value, counts: 'people killed', qualifier });
  });

  it.each([
    ['en', 'The convoy passed 40 checkpoints on its way.'],
    ['de', 'Am 6. Februar wurden 12 Gebäude geprüft.'],
    ['en', 'The share price rose to 43 dollars.'],
  ])('[%s] reads no tally in “%s”', (lang, text) => {
    expect(findFigures(text, lang, 'death', defaultLexicon).filter((f) => f.tally)).toEqual([]);
  });
});
