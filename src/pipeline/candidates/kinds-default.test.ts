/** A state that stops paying its debts: one happening, in any of the three languages. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a state that defaults on its debt', () => {
  it.each<[string, string, string]>([
    ['en', 'The government defaulted on its foreign debt in May.', 'Government defaults on its debt'],
    ['en', 'Sri Lanka defaulted on its $51bn foreign debt in May.', 'Sri Lanka defaults on its debt'],
    ['nl', 'In mei kon het land zijn buitenlandse schulden niet meer afbetalen.', 'Debt default'],
    ['de', 'Im Mai erklärte die Regierung den Zahlungsausfall bei ihren Auslandsschulden.', 'Debt default'],
  ])('[%s] “%s” is titled “%s”', (lang, text, title) => {
    const mentions: [string, 'actor', string][] = text.includes('Sri Lanka')
      ? [['Sri Lanka', 'actor', 'sri-lanka']]
      : [];
    expect(kindsAndTitles(lang, text, '2022-05-15', mentions)).toContainEqual({ kind: 'default', title });
  });
});
