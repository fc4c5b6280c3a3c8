/**
 * A ban or a curfew lifted is the measure's end, never the measure imposed again: "the government
 * had lifted the ban on social media", "hief dat verbod op", "hob die Sperre auf".
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a ban or a curfew lifted', () => {
  it.each<[string, string, string, string]>([
    [
      'en',
      'Monday Communications Minister Prithvi Subba Gurung said the government had lifted the ban on social media after the cabinet meeting.',
      'ban-lifted',
      'Social media ban lifted',
    ],
    [
      'nl',
      'Maandag hief de regering het verbod op Facebook, Instagram en YouTube op.',
      'ban-lifted',
      'Social media ban lifted',
    ],
    ['nl', 'Maandag werd het demonstratieverbod in de hoofdstad opgeheven.', 'ban-lifted', 'Ban lifted'],
    [
      'de',
      'Montag hob die Regierung die Sperre der sozialen Netzwerke wieder auf.',
      'ban-lifted',
      'Social media ban lifted',
    ],
    ['de', 'Montag wurde die nächtliche Ausgangssperre aufgehoben.', 'ban-lifted', 'Curfew lifted'],
    ['en', 'Monday the army lifted the curfew in the capital.', 'ban-lifted', 'Curfew lifted'],
    ['nl', 'Maandag werd de avondklok opgeheven.', 'ban-lifted', 'Curfew lifted'],
  ])('%s: “%s” is %s, titled “%s”', (lang, text, kind, title) => {
    const found = kindsAndTitles(lang, text, '2025-09-08');
    expect(found.map((c) => c.kind)).toContain(kind);
    expect(found.find((c) => c.kind === kind)?.title).toBe(title);
    expect(found.map((c) => c.kind)).not.toContain('curfew');
  });

  it.each<[string, string, string]>([
    ['en', 'Monday the government blocked 26 platforms, including Facebook, YouTube and X.', 'ban'],
    ['nl', 'Maandag begonnen de protesten na een verbod op 26 socialemediaplatforms.', 'ban'],
    ['de', 'Montag wurde die Internetsperre aufgehoben.', 'internet'],
  ])('%s: “%s” lifts nothing', (lang, text, kind) => {
    const kinds = kindsAndTitles(lang, text, '2025-09-08').map((c) => c.kind);
    expect(kinds).not.toContain('ban-lifted');
    if (kind !== 'internet') expect(kinds).toContain(kind);
  });
});
