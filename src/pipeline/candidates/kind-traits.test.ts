import { describe, expect, it } from 'vitest';
import { apartTopic, kindTraits } from './kind-traits.ts';
import { defaultLexicon, parseLexicon } from './lexicon.ts';

describe('what the merge knows of a kind, from the lexicon', () => {
  it.each([
    [
      'a veto, which a story rarely has two of, and which may be the law withdrawn',
      'veto',
      {
        group: 'veto',
        rare: true,
        placed: false,
        far: false,
        byAgent: false,
        tallied: false,
        recurs: false,
        meets: 'law-withdrawn',
      },
    ],
    [
      'a protest, told apart by its city',
      'protest',
      {
        group: 'protest',
        rare: false,
        placed: true,
        far: false,
        byAgent: false,
        tallied: false,
        recurs: true,
      },
    ],
    [
      'a fire, another one far away, and the crash itself where train carriages burn',
      'fire',
      {
        group: 'fire',
        rare: false,
        placed: false,
        far: true,
        byAgent: false,
        tallied: false,
        recurs: false,
        meetsIf: { rail: 'accident' },
      },
    ],
    [
      'a leader fleeing abroad, told by where from and where to, and by whom it befell',
      'exile',
      {
        group: 'exile',
        rare: true,
        placed: false,
        far: false,
        byAgent: false,
        tallied: false,
        recurs: false,
        destination: true,
        befalls: true,
      },
    ],
    [
      'an investigation, the arrest told from another side, told apart by whom it befell',
      'investigation',
      {
        group: 'arrest',
        rare: false,
        placed: false,
        far: false,
        byAgent: false,
        tallied: false,
        recurs: false,
        befalls: true,
      },
    ],
    [
      'aid suspended, told apart by who suspends it',
      'aid-suspended',
      {
        group: 'aid-suspended',
        rare: false,
        placed: false,
        far: false,
        byAgent: true,
        tallied: false,
        recurs: false,
      },
    ],
    [
      'a kind the lexicon does not list',
      'parade',
      {
        group: 'parade',
        rare: false,
        placed: false,
        far: false,
        byAgent: false,
        tallied: false,
        recurs: false,
      },
    ],
  ])('%s', (_name, kind, traits) => {
    expect(kindTraits(kind)).toEqual(traits);
  });

  it('a death is counted as a running toll', () => {
    expect(kindTraits('death').tallied).toBe(true);
  });

  it.each([
    ['the dead', 'death', true],
    ['the arrested', 'arrest', true],
    ['the missing', 'missing', true],
    ['protests, which come and go', 'protest', undefined],
  ])('%s are a count that only grows, so a higher count is a later report', (_, kind, runs) => {
    expect(kindTraits(kind).runs).toBe(runs);
  });

  it.each([
    ['an appointment told as acting is set apart by', ['acting', 'premiership'], 'acting'],
    ['an appointment told as the full one is set apart by', ['premiership'], ''],
    ['an appointment with no topic is set apart by', [], ''],
  ])('%s “%s”', (_name, concepts, topic) => {
    expect(apartTopic(kindTraits('appointment'), concepts)).toBe(topic);
  });

  it('a kind a user adds to the lexicon gets the traits written there, without code', () => {
    const lexicon = parseLexicon({
      ...defaultLexicon,
      kinds: [
        ...defaultLexicon.kinds,
        { kind: 'heatwave', titles: [{ text: 'Heatwave' }], rare: true, placed: true, sameAs: 'disaster' },
      ],
    });
    expect(kindTraits('heatwave', lexicon)).toEqual({
      group: 'disaster',
      rare: true,
      placed: true,
      far: false,
      byAgent: false,
      tallied: false,
      recurs: false,
    });
  });
});
