/** Police breaking up a rally with water cannon or tear gas crack down, in English as in Dutch and German. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('water cannon and tear gas used on protesters', () => {
  it.each([
    [
      'en',
      'Georgian riot police used water cannon and tear gas overnight to break up thousands of protesters.',
    ],
    [
      'en',
      'Shortly before midnight, police moved in from side streets, firing water cannon and volleys of tear gas, Reuters witnesses said.',
    ],
    ['en', 'Riot police fired water cannon at demonstrators outside parliament.'],
    ['nl', 'Met waterkanonnen en traangas werd de brede laan in de nacht schoongeveegd.'],
    ['de', 'Am Montagabend hatte die Polizei die Kundgebung mit Wasserwerfern und Tränengas aufgelöst.'],
  ])('[%s] “%s” is a crackdown', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2025-11-11').map((c) => c.kind)).toContain('crackdown');
  });
});
