/**
 * A happening named again after "in the"/"bij de"/"bei den" ("injured in the riots") stands where
 * the paragraph told it, when its sentence names no place of its own.
 */
import { describe, expect, it } from 'vitest';
import { article } from './test-helpers.ts';
import { extractCandidates } from './stage.ts';

/** The places of each kind the second sentence reports, after the first in the same paragraph. */
function placesByKind(lang: string, first: string, place: string, second: string): Record<string, string[]> {
  const doc = article('doc', lang, [
    { text: first, mentions: [[place, 'place', place.toLowerCase()]], paragraph: 'p1' },
    { text: second, paragraph: 'p1' },
  ]);
  const out: Record<string, string[]> = {};
  for (const c of extractCandidates(doc)) if (c.sentence.text === second) out[c.kind] = c.places;
  return out;
}

describe('the riots named again stand where the paragraph told them', () => {
  it.each<[string, string, string, string, string, Record<string, string[]>]>([
    [
      'the seed’s injured "in the riots" were hurt in Almaty; the dead of the clause before "and" are not placed by it',
      'en',
      'In the city of Almaty, large-scale riots broke out against the government, burning government buildings and looting shops.',
      'Almaty',
      'Dozens of police and protesters lost their lives and hundreds were injured in the riots.',
      { death: [], injury: ['almaty'] },
    ],
    [
      'Dutch: injured "bij de rellen" after riots told in Almaty',
      'nl',
      'In Almaty braken grootschalige rellen uit tegen de regering.',
      'Almaty',
      'Honderden mensen raakten gewond bij de rellen.',
      { injury: ['almaty'] },
    ],
    [
      'German: injured "bei den Krawallen" after riots told in Almaty',
      'de',
      'In Almaty brachen schwere Krawalle gegen die Regierung aus.',
      'Almaty',
      'Hunderte Menschen wurden bei den Krawallen verletzt.',
      { injury: ['almaty'] },
    ],
    [
      'those killed "in the protests" are not placed where tear gas was fired at protesters',
      'en',
      'Police fired tear gas at demonstrators in Caracas on Monday, and protesters toppled statues of the late President Hugo Chávez in several cities.',
      'Caracas',
      'At least 11 people were killed in the protests, according to the human rights group Foro Penal.',
      { death: [] },
    ],
  ])('%s', (_name, lang, first, place, second, expected) => {
    expect(placesByKind(lang, first, place, second)).toEqual(expected);
  });
});
