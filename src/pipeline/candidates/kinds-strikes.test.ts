/** Strikes told without the word "attack": "struck … targets", Dutch "bestookten", "viel … aan". */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a strike told by its targets or by its shelling', () => {
  it.each<[string, string, string, string[]]>([
    [
      'English “struck targets” is an attack',
      'en',
      'India struck nine targets in Pakistan on Wednesday.',
      ['attack'],
    ],
    [
      'English “struck … targets” with words between is an attack',
      'en',
      'On Wednesday India struck several militant targets in Pakistan.',
      ['attack'],
    ],
    [
      'Dutch “bestookten” is an attack',
      'nl',
      'Woensdag bestookten beide landen elkaar met drones en raketten.',
      ['attack'],
    ],
    ['Dutch “bestookte” is an attack', 'nl', 'Het leger bestookte woensdag doelen in Pakistan.', ['attack']],
    ['Dutch “viel … aan” is an attack', 'nl', 'India viel woensdag doelen in Pakistan aan.', ['attack']],
    [
      'Dutch “vielen … aan” is an attack',
      'nl',
      'Woensdag vielen Indiase toestellen negen doelen aan.',
      ['attack'],
    ],
    ['English lightning that struck is no attack', 'en', 'Lightning struck a house on Wednesday.', []],
  ])('%s', (_, lang, text, kinds) => {
    expect(kindsAndTitles(lang, text, '2025-05-07').map((c) => c.kind)).toEqual(kinds);
  });
});

describe('striking someone’s troops is a blow, no labour strike', () => {
  it.each<[string, string]>([
    [
      'en',
      "Friday, June 23: Wagner chief Yevgeny Prigozhin accuses Russia's military of striking his troops and calls for an armed rebellion.",
    ],
    ['en', 'On Monday Ukraine accused Russia of striking its power plants.'],
  ])('[%s] “%s” tells no protest', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-06-23').map((c) => c.kind)).not.toContain('protest');
  });

  it('[en] “striking workers” still strike', () => {
    expect(
      kindsAndTitles('en', 'On Monday striking workers blocked the port.', '2023-06-23').map((c) => c.kind),
    ).toContain('protest');
  });
});
