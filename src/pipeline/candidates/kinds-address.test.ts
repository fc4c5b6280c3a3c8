/**
 * A speech to an assembly, a parliament or the nation is a statement, in each language: "addressed
 * the UN General Assembly", Dutch "sprak … de Algemene Vergadering … toe" (the separable verb's
 * particle at the clause's end), German "sprach vor der Generalversammlung", "hielt eine Rede".
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const RAISI: MentionSpec = ['Raisi', 'actor', 'raisi'];

describe('an address is a statement', () => {
  it.each<[string, string]>([
    ['en', 'On Wednesday President Raisi addressed the UN General Assembly in New York.'],
    ['en', 'On Wednesday President Raisi addressed the nation on television.'],
    ['nl', 'President Raisi sprak woensdag de Algemene Vergadering van de Verenigde Naties in New York toe.'],
    ['de', 'Präsident Raisi sprach am Mittwoch vor der Generalversammlung in New York.'],
    ['de', 'Präsident Raisi hielt am Mittwoch eine Rede in New York.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2022-09-21', [RAISI])).toContainEqual({
      kind: 'statement',
      title: 'Raisi makes a statement',
    });
  });

  it('[nl] a verb whose particle is not “toe” is no address: “Raisi sprak woensdag met de pers af”', () => {
    expect(
      kindsAndTitles('nl', 'President Raisi sprak woensdag met de pers af.', '2022-09-21', [RAISI]),
    ).not.toContainEqual(expect.objectContaining({ kind: 'statement' }));
  });
});
