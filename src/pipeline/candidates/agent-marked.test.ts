/** Who is marked as the one who did a happening: "by X", and "by the archbishop, the cardinal X". */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { agentMarked } from './agent-marked.ts';
import { defaultLexicon } from './lexicon.ts';

function mention(text: string, name: string): Mention {
  const start = text.indexOf(name);
  return { text: name, start, end: start + name.length, kind: 'unknown', resolution: 'unresolved' };
}

describe('a name marked as the doer', () => {
  it.each<[string, string, boolean]>([
    [
      'The state funeral was celebrated in a pavilion of the Fair of Genoa by the archbishop, the cardinal Angelo Bagnasco, in front of thousands of people.',
      'Angelo Bagnasco',
      true,
    ],
    ['De uitvaartmis werd geleid door de bisschop, de kardinaal Willem Eijk.', 'Willem Eijk', true],
    ['He was arrested by officer Marco Rossi in Rome.', 'Marco Rossi', true],
    ['The funeral of Angelo Bagnasco was held by the river, in the city.', 'Angelo Bagnasco', false],
    ['The bridge was destroyed by the storm, Giuseppe Conte said.', 'Giuseppe Conte', false],
  ])('“%s”: %s is marked %s', (text, name, marked) => {
    expect(agentMarked(text, mention(text, name), defaultLexicon)).toBe(marked);
  });
});
