import { describe, expect, it } from 'vitest';
import { day, sentence } from './candidates/test-helpers.ts';
import { happeningsOf } from './redate-by-anchors.ts';
import type { Candidate } from './types.ts';

const NAMES: Record<string, string> = {
  saraqeb: 'Saraqeb',
  damascus: 'Damascus',
  maduro: 'Nicolás Maduro',
  'name:edmundo-gonzalez': 'Edmundo González',
  kavelashvili: 'Mikheil Kavelashvili',
  georgia: 'Georgia',
  'east-palestine': 'East Palestine',
  ohio: 'Ohio',
  'mike-dewine': 'Mike DeWine',
};
const REGIONS: Record<string, string[]> = { 'east-palestine': ['ohio'], ohio: ['ohio'] };
const SPECIFIC = new Set([
  'saraqeb',
  'damascus',
  'maduro',
  'name:edmundo-gonzalez',
  'kavelashvili',
  'east-palestine',
  'mike-dewine',
]);

function candidate(kind: string, title: string, actors: string[], places: string[]): Candidate {
  const text = title;
  return {
    document: 'd',
    language: 'en',
    sentence: sentence({ text }),
    kind,
    title,
    when: day('2024-12-14'),
    actors,
    places,
    figures: [],
  };
}

const namesOf = (c: Candidate) =>
  happeningsOf(
    [c],
    (id) => SPECIFIC.has(id),
    (id) => NAMES[id],
    (id) => REGIONS[id] ?? [],
  ).map((h) => h.names);

describe('which names a happening can be dated by', () => {
  it.each<[string, Candidate, string[][]]>([
    [
      'the town the title names, not the road it lies on',
      candidate('capture', 'Rebels capture Saraqeb', [], ['saraqeb', 'damascus']),
      [['saraqeb']],
    ],
    [
      'the person the title names, not the country',
      candidate('election', 'Mikheil Kavelashvili elected', ['kavelashvili'], ['georgia']),
      [['kavelashvili']],
    ],
    [
      'a title without a name leaves the persons the sentence names',
      candidate('arrest', 'Arrest warrant issued', ['maduro', 'name:edmundo-gonzalez'], []),
      [['maduro', 'name:edmundo-gonzalez']],
    ],
    [
      'a statement, made again and again, dates nothing',
      candidate('statement', 'Nicolás Maduro makes a statement', ['maduro'], []),
      [],
    ],
    [
      'a toll, which rises from day to day, dates nothing',
      candidate('death', 'People killed in Damascus', [], ['damascus']),
      [],
    ],
    [
      "a person's death, told once, dates what it names",
      candidate('death', 'Mikheil Kavelashvili dies', ['kavelashvili'], []),
      [['kavelashvili']],
    ],
    [
      'the state a titled town lies in, which another report names alone',
      candidate(
        'evacuation-lifted',
        'Mike DeWine lifts the evacuation order in East Palestine',
        ['mike-dewine'],
        ['east-palestine', 'ohio'],
      ),
      [['mike-dewine', 'east-palestine', 'ohio']],
    ],
    [
      'a state the title names alone',
      candidate('evacuation-lifted', 'Evacuation order lifted in Ohio', [], ['ohio']),
      [['ohio']],
    ],
  ])('%s', (_, c, names) => {
    expect(namesOf(c)).toEqual(names);
  });
});
