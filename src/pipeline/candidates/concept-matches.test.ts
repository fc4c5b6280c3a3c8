import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

describe('tear gas is no fuel', () => {
  it.each([
    ['en', 'Riot police fired tear gas at protesters outside parliament on Monday.', false],
    ['nl', 'De politie zette maandag traangas in tegen de betogers.', false],
    ['de', 'Die Polizei setzte am Montag Tränengas gegen die Demonstranten ein.', false],
    ['en', 'Protesters took to the streets on Monday after gas prices doubled.', true],
    ['de', 'Am Montag protestierten Tausende gegen den höheren Preis für Flüssiggas.', true],
  ])('[%s] “%s” is about fuel: %s', (lang, text, fuel) => {
    const concepts = candidatesOf(lang, text, '2025-11-11', []).flatMap((c) => c.concepts ?? []);
    expect(concepts.includes('fuel'), concepts.join(', ')).toBe(fuel);
  });
});
