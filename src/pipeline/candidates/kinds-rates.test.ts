/**
 * A central bank raising or cutting its interest rate is a happening; "raised" or "cut" without a
 * policy rate nearby is not.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const ECB: MentionSpec = ['ECB', 'unknown'];

describe('interest rates raised or cut', () => {
  it.each<[string, string, string, string, MentionSpec[]]>([
    [
      'en',
      'Thursday the ECB raised its key interest rate to 4.25 percent.',
      'rate-rise',
      'ECB raises interest rates',
      [ECB],
    ],
    ['en', 'Thursday the central bank cut rates by half a point.', 'rate-cut', 'Interest rates cut', []],
    [
      'nl',
      'Donderdag verhoogde de ECB de rente met een kwart procentpunt.',
      'rate-rise',
      'ECB raises interest rates',
      [ECB],
    ],
    ['nl', 'Donderdag verlaagde de ECB de beleidsrente.', 'rate-cut', 'ECB cuts interest rates', [ECB]],
    [
      'de',
      'Donnerstag hat die EZB den Leitzins auf 4,25 Prozent angehoben.',
      'rate-rise',
      'EZB raises interest rates',
      [['EZB', 'unknown']],
    ],
    [
      'de',
      'Donnerstag senkte die EZB die Zinsen.',
      'rate-cut',
      'EZB cuts interest rates',
      [['EZB', 'unknown']],
    ],
  ])('[%s] “%s” is %s “%s”', (lang, text, kind, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2025-07-24', mentions)).toContainEqual({ kind, title });
  });

  it.each<[string, string]>([
    ['en', 'Thursday the company raised its growth rate forecast.'],
    ['en', 'Thursday the utility cut power to 3,000 homes.'],
  ])('[%s] “%s” reports no rate decision', (lang, text) => {
    const kinds = kindsAndTitles(lang, text, '2025-07-24').map((k) => k.kind);
    expect(kinds).not.toContain('rate-rise');
    expect(kinds).not.toContain('rate-cut');
  });
});
