/** A day of mourning kept (flags at half-mast, a country mourning) is the mourning declared for it. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

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

describe('a day of mourning a country holds is titled as held, one declared as declared', () => {
  it.each<[string, string, string, string]>([
    [
      'en',
      'Serbia held a day of national mourning on Saturday.',
      'Serbia',
      'Serbia holds a day of national mourning',
    ],
    [
      'nl',
      'Servië hield zaterdag een dag van nationale rouw.',
      'Servië',
      'Serbia holds a day of national mourning',
    ],
    [
      'de',
      'Serbien beging am Samstag einen nationalen Trauertag.',
      'Serbien',
      'Serbia holds a day of national mourning',
    ],
    [
      'en',
      'Serbia declared Saturday a day of national mourning.',
      'Serbia',
      'Serbia declares national mourning',
    ],
  ])('[%s] “%s” is “%s”', (lang, text, country, title) => {
    const mentions: MentionSpec[] = [[country, 'actor', 'serbia']];
    expect(kindsAndTitles(lang, text, '2024-11-02', mentions)).toContainEqual({ kind: 'emergency', title });
  });
});

describe('mourning told as still lasting is no new declaration', () => {
  it.each([
    ['nl', 'De nationale rouw duurt nog tot donderdag.'],
    ['de', 'Die Staatstrauer dauert noch bis Donnerstag.'],
    ['en', 'The national mourning remains in force until Thursday.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2016-03-24').map((k) => k.kind)).not.toContain('emergency');
  });
});
