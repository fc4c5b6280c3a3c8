/** A day of mourning kept (flags at half-mast, a country mourning) is the mourning declared for it. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a day of mourning as kept is national mourning', () => {
  it.each([
    ['nl', 'Maandag werd in het hele land gerouwd om de slachtoffers van de onlusten.'],
    ['nl', 'Maandag hingen de vlaggen halfstok.'],
    ['de', 'Am Montag wehten landesweit die Flaggen auf halbmast.'],
    ['en', 'Monday flags flew at half-mast across the country.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2022-01-10')).toEqual([
      { kind: 'emergency', title: 'National mourning' },
    ]);
  });
});
