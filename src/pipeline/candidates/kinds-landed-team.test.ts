/** A team that landed, the Dutch subject between verb and place ("Zaterdag landde een Chinees reddingsteam … in Yangon"), arrived. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day } from './test-helpers.ts';

function kindsOf(text: string): string[] {
  return candidatesOfSentence('nl', { text, times: [day('2025-03-29', 'Zaterdag')] }).map((c) => c.kind);
}

describe('a team landed after a fronted day', () => {
  it.each<[string, boolean]>([
    ['Zaterdag landde een Chinees reddingsteam van 37 mensen in Yangon.', true],
    ['Zaterdag landde een vliegtuig met hulpgoederen in Yangon.', true],
    ['Zaterdag landde de bal van de spits in het publiek.', false],
  ])('“%s”: an arrival %s', (text, arrival) => {
    expect(kindsOf(text).includes('arrival')).toBe(arrival);
  });
});
