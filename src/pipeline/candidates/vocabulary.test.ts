import { describe, expect, it } from 'vitest';
import type { EventLexicon } from './lexicon.ts';
import { PatternIndex } from './match.ts';
import { Vocabulary } from './vocabulary.ts';

const lexicon: EventLexicon = {
  kinds: [],
  triggers: [],
  concepts: [],
  counts: [],
  hedges: ['could'],
  splitters: ['after'],
  pronouns: ['he'],
  agentMarkers: [],
  orgWords: ['government'],
};

function vocabulary(): Vocabulary<string> {
  const triggers = new PatternIndex<string>();
  triggers.add('order to shoot', 'order');
  triggers.add('shoot*', 'shooting');
  triggers.add('*fire', 'fire');
  const concepts = new PatternIndex<EventLexicon['concepts'][number]>();
  concepts.add('export*', { id: 'export', noun: 'exports', stems: ['export*'] });
  return new Vocabulary(triggers, concepts, lexicon);
}

describe('Vocabulary', () => {
  it.each([
    ['order', ['order'], [], []],
    ['shooting', ['shooting'], [], []],
    ['ceasefire', ['fire'], [], []],
    ['exports', [], ['export'], []],
    ['could', [], [], ['hedge']],
    ['after', [], [], ['splitter']],
    ['he', [], [], ['pronoun']],
    ['government', [], [], ['org']],
    ['the', [], [], []],
  ])('knows what the lexicon says about "%s"', (word, triggers, concepts, lists) => {
    const facts = vocabulary().of(word);
    expect(facts.triggers.map((e) => e.item)).toEqual(triggers);
    expect(facts.concepts.map((e) => e.item.id)).toEqual(concepts);
    const on = (['hedge', 'splitter', 'pronoun', 'org'] as const).filter((list) => facts[list]);
    expect(on).toEqual(lists);
  });

  it('gives each token the facts of its word', () => {
    const v = vocabulary();
    const tokens = [
      { word: 'he', start: 0, end: 2, letters: true },
      { word: 'could', start: 3, end: 8, letters: true },
    ];
    expect(v.ofTokens(tokens)).toEqual([v.of('he'), v.of('could')]);
  });
});
