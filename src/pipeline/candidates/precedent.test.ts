import { describe, expect, it } from 'vitest';
import { namesPrecedent } from './precedent.ts';
import { mentionIn } from './test-helpers.ts';

describe('a place named as the one before is no place of the happening', () => {
  it.each<[string, string, boolean]>([
    ['Nach Schweden hat auch Pakistan einen Mpox-Fall bestätigt.', 'Schweden', true],
    ['Nach Schweden hat auch Pakistan einen Mpox-Fall bestätigt.', 'Pakistan', false],
    ['Na Zweden heeft ook Pakistan een besmetting vastgesteld.', 'Zweden', true],
    ['After Sweden, Pakistan has also confirmed a case.', 'Sweden', true],
    ['After Sweden the virus reached Norway.', 'Sweden', false],
    ['Nach Berlin reiste auch der Kanzler.', 'Berlin', false],
  ])('“%s”: %s → %s', (text, name, expected) => {
    expect(namesPrecedent(text, mentionIn(text, name, 'place'))).toBe(expected);
  });
});
