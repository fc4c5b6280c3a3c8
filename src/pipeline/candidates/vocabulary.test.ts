import { describe, expect, it } from 'vitest';
import type { EventLexicon } from './lexicon.ts';
import { PatternIndex } from './match.ts';
import { tokenize } from './tokenize.ts';
import { Vocabulary } from './vocabulary.ts';

const lexicon: EventLexicon = {
  kinds: [],
  triggers: [],
  concepts: [],
  counts: [],
  hedges: ['could'],
  languageHedges: {},
  splitters: ['after'],
  references: [],
  earlier: [],
  pronouns: ['he'],
  agentMarkers: [],
  orgWords: ['government'],
  mediaWords: [],
  officeWords: [],
  tolls: [],
  victimVerbs: [],
  victimPassives: [],
  tallyVerbs: [],
  survivorVerbs: [],
  residentVerbs: [],
  centreWords: [],
  seatWords: [],
  sceneWords: {},
  careWords: [],
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

  it.each([
    ['The government said', 'said', true],
    ['The government’s spokesman said', 'said', true],
    ['Rebels said the government', 'said', false],
    ['Rebels and 3 others said', 'said', true],
    ['Rebels and others said', 'said', false],
  ])('in "%s", tells whether an organisation word may stand before "%s": %s', (text, trigger, may) => {
    const v = vocabulary();
    const tokens = tokenize(text);
    expect(v.orgWordBefore(tokens, v.ofTokens(tokens), text.indexOf(trigger))).toBe(may);
  });

  it('looks for organisation words always when one of them is more than letters and hyphens', () => {
    const v = new Vocabulary(new PatternIndex(), new PatternIndex(), { ...lexicon, orgWords: ['u.n'] });
    const tokens = tokenize('Rebels said');
    expect(v.orgWordBefore(tokens, v.ofTokens(tokens), 7)).toBe(true);
  });
});
