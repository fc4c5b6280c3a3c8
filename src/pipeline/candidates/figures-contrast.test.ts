/**
 * A clause of contrast after the happening counts the other side: the bonds written off are 16
 * billion francs, not the 3 billion the shareholders still receive (Credit Suisse, March 2023).
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

function figuresOf(lang: string, text: string, kind: string): number[] {
  return candidatesOf(lang, text, '2023-03-19')
    .filter((c) => c.kind === kind)
    .flatMap((c) => c.figures.map((f) => f.value));
}

describe('a figure in a clause of contrast', () => {
  it.each([
    [
      'en',
      'Sunday the supervisor has declared bonds with a value of 16 billion francs worthless, while the shareholders still receive 3 billion francs from UBS.',
    ],
    [
      'nl',
      'Zondag werden obligaties ter waarde van 16 miljard frank afgeschreven, terwijl de aandeelhouders nog 3 miljard frank krijgen.',
    ],
  ])('[%s] “%s” writes off 16 billion francs', (lang, text) => {
    expect(figuresOf(lang, text, 'write-off')).toEqual([16_000_000_000]);
  });

  it('“Sunday the bonds of 16 billion francs were written down, as the shares fell” keeps its own figure', () => {
    expect(
      figuresOf(
        'en',
        'Sunday the bonds of 16 billion francs were written down, as the shares fell.',
        'write-off',
      ),
    ).toEqual([16_000_000_000]);
  });
});
