/** Protesters attacking an embassy: the protest and the attack are one happening (lexicon meetsIf). */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

function told(document: string, kind: string, text: string, concepts: string[]): EventCandidate {
  const when = day('2023-07-30', text.match(/Sunday|Sonntag|zondag/)?.[0]);
  return testCandidate(sentence({ text, times: [when] }), when, {
    document,
    kind,
    title: kind === 'protest' ? 'Protests in Niamey' : 'Attack in Niamey',
    places: ['niamey'],
    concepts,
  });
}

const ap = told(
  'ap',
  'protest',
  "Thousands of supporters of Niger's junta marched on the French Embassy in the capital, Niamey, on Sunday.",
  ['diplomats'],
);
const tagesschau = told(
  'tagesschau',
  'attack',
  'Am Sonntag haben Tausende Anhänger der Militärjunta die französische Botschaft in Niamey angegriffen.',
  ['diplomats'],
);
const shooting = told('wire', 'attack', 'Gunmen attacked a market in Niamey on Sunday.', []);

describe('an attack on an embassy and the protest at it', () => {
  it.each<[string, EventCandidate[], string[][]]>([
    [
      'the march on the French embassy and its attack the same Sunday are one event',
      [ap, tagesschau],
      [['ap', 'tagesschau']],
    ],
    ['an attack on a market the same Sunday is no protest', [ap, shooting], [['ap'], ['wire']]],
  ])('%s', (_, candidates, expected) => {
    expect(mergeCandidates(candidates).map((e) => e.sources.map((s) => s.document).sort())).toEqual(expected);
  });
});
