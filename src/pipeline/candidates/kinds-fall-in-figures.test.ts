/**
 * German "abstürzen" tells a party or a price falling to a figure as well as an aircraft coming
 * down: a fall to seats or a share is no crash (the British election of July 2024).
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a fall to a figure', () => {
  it.each([
    ['de', 'Die Konservativen von Premier Rishi Sunak stürzten auf 121 Sitze ab.'],
    ['de', 'Die Partei ist in den Umfragen auf 12 Prozent abgestürzt.'],
    ['de', 'Die Liberalen stürzten am Sonntag um neun Prozentpunkte ab.'],
  ])('[%s] “%s” reports no crash', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-07-05').map((c) => c.kind)).not.toContain('accident');
  });

  it.each([
    ['de', 'Freitag ist ein Kleinflugzeug mit vier Insassen abgestürzt.'],
    ['de', 'Am Sonntag stürzte ein Hubschrauber über dem Meer ab.'],
  ])('[%s] “%s” is still a crash', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-07-05').map((c) => c.kind)).toContain('accident');
  });
});
