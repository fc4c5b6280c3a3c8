/**
 * A storming whose verb takes several buildings loses none of them: a seat of government and an
 * airport stormed together are one storming titled with both, and a congress or a supreme court
 * stormed with a palace is a storming of government buildings, in every language.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const LYON: MentionSpec = ['Lyon', 'place', 'lyon'];
const BRASILIA: MentionSpec = ['Brasília', 'place', 'brasilia'];

describe('a town hall and an airport stormed together are one storming naming both', () => {
  it.each<[string, string]>([
    ['de', 'Am Sonntag stürmten Demonstranten in Lyon das Rathaus und den Flughafen.'],
    ['en', 'Sunday demonstrators stormed the town hall and the airport in Lyon.'],
    ['nl', 'Zondag bestormden betogers in Lyon het stadhuis en de luchthaven.'],
  ])('%s: “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-01-08', [LYON])).toEqual([
      { kind: 'riot', title: 'Protesters storm government buildings and the airport in Lyon' },
    ]);
  });

  it('an airport stormed alone is still seized', () => {
    expect(
      kindsAndTitles('de', 'Am Sonntag stürmten Demonstranten in Lyon den Flughafen.', '2023-01-08', [LYON]),
    ).toContainEqual({ kind: 'occupation', title: 'Airport seized in Lyon' });
  });
});

describe('a congress stormed with a supreme court is a storming of government buildings', () => {
  it.each<[string, string]>([
    [
      'en',
      'Sunday thousands of supporters had stormed the Congress, the Supreme Court and the Plateau Palace in Brasília.',
    ],
    ['de', 'Am Sonntag stürmten Tausende Anhänger in Brasília den Kongress und das Oberste Gericht.'],
    ['nl', 'Zondag bestormden duizenden aanhangers in Brasília het congres en het hooggerechtshof.'],
  ])('%s: “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-01-08', [BRASILIA])).toEqual([
      {
        kind: 'riot',
        title: expect.stringMatching(/^Protesters storm government buildings in Bras[ií]lia$/),
      },
    ]);
  });
});
