/**
 * The count right after a verb is whom it befell ("arrested 62 people"), and a name further on
 * ("after a match between Ajax and Maccabi") is not; a ban on gatherings extended is titled so.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, kindsAndTitles } from './test-helpers.ts';

describe('a counted object', () => {
  it.each<[string, string]>([
    [
      'en',
      'Friday Dutch police arrested 62 people after Israeli fans were attacked following a match between Ajax and Maccabi.',
    ],
    ['nl', 'Vrijdag hield de politie 62 mensen aan na de wedstrijd tussen Ajax en Maccabi.'],
  ])('%s: “%s” befell many, not the club', (lang, text) => {
    const arrest = candidatesOf(lang, text, '2024-11-08', [
      ['Ajax', 'unknown', 'name:ajax'],
      ['Maccabi', 'unknown', 'name:maccabi'],
    ]).find((c) => c.kind === 'arrest');
    expect(arrest?.patient).toBe('many');
  });

  it('a named person arrested keeps the name: "arrested Karim Massimov"', () => {
    const arrest = candidatesOf('en', 'Saturday police arrested Karim Massimov.', '2022-01-08', [
      ['Karim Massimov', 'actor', 'massimov'],
    ]).find((c) => c.kind === 'arrest');
    expect(arrest?.patient).toBe('massimov');
  });
});

describe('a ban on gatherings', () => {
  it.each<[string, string, string]>([
    ['en', 'Monday the mayor extended the ban on demonstrations until Thursday.', 'Ban extended'],
    ['nl', 'Maandag werd het demonstratieverbod verlengd tot donderdag.', 'Ban extended'],
    ['de', 'Montag verlängerte die Bürgermeisterin das Verbot bis Donnerstag.', 'Ban extended'],
    ['en', 'Friday the city banned demonstrations for the weekend.', 'Ban imposed'],
  ])('%s: “%s” is titled “%s”, no protest', (lang, text, title) => {
    const found = kindsAndTitles(lang, text, '2024-11-11');
    expect(found.find((c) => c.kind === 'ban')?.title).toBe(title);
    expect(found.map((c) => c.kind)).not.toContain('protest');
  });
});
