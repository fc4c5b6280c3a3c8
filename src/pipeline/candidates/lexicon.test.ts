import { describe, expect, it } from 'vitest';
import { defaultLexicon, parseLexicon } from './lexicon.ts';

describe('event lexicon', () => {
  it('loads data/event-lexicon.json with triggers in English, Dutch and German', () => {
    const langs = new Set(defaultLexicon.triggers.map((t) => t.lang));
    expect([...langs].sort()).toEqual(['*', 'de', 'en', 'nl']);
  });

  it.each<[string, unknown, string]>([
    [
      'a trigger of an unknown kind',
      { ...defaultLexicon, triggers: [{ lang: 'en', kind: 'party', pattern: 'x' }] },
      'triggers[0].kind: unknown kind "party"',
    ],
    [
      'a trigger counted only after a kind nobody defined',
      {
        ...defaultLexicon,
        triggers: [{ lang: 'en', kind: 'protest', pattern: 'took part', after: 'rally' }],
      },
      'triggers[0].after: unknown kind "rally" (not in kinds)',
    ],
    [
      'a kind without titles',
      { ...defaultLexicon, kinds: [{ kind: 'arrest', titles: [] }] },
      'kinds[0].titles: must be a non-empty list',
    ],
    [
      'a trigger that excludes a concept nobody defined',
      {
        ...defaultLexicon,
        triggers: [{ lang: 'en', kind: 'release', pattern: 'released', unless: ['statements'] }],
      },
      'triggers[0]: unknown concept "statements" (not in concepts)',
    ],
    [
      'a medium that is also an organisation word',
      { ...defaultLexicon, orgWords: ['government', 'radio'], mediaWords: ['radio'] },
      'mediaWords: "radio" is also in orgWords',
    ],
    [
      'a kind that merges with a kind nobody defined',
      {
        ...defaultLexicon,
        kinds: [
          ...defaultLexicon.kinds,
          { kind: 'heatwave', titles: [{ text: 'Heatwave' }], sameAs: 'heat' },
        ],
      },
      `kinds[${defaultLexicon.kinds.length}].sameAs: unknown kind "heat" (not in kinds)`,
    ],
    [
      'a kind that meets fires where a topic nobody defined occurs',
      {
        ...defaultLexicon,
        kinds: [
          ...defaultLexicon.kinds,
          { kind: 'heatwave', titles: [{ text: 'Heatwave' }], meetsIf: { drought: 'fire' } },
        ],
      },
      `kinds[${defaultLexicon.kinds.length}].meetsIf: unknown concept "drought" (not in concepts)`,
    ],
    [
      'a kind that meets, where it befalls a listed person, a kind nobody defined',
      {
        ...defaultLexicon,
        kinds: [
          ...defaultLexicon.kinds,
          { kind: 'stabbing', titles: [{ text: 'Stabbing' }], meetsNamed: 'knife' },
        ],
      },
      `kinds[${defaultLexicon.kinds.length}].meetsNamed: unknown kind "knife" (not in kinds)`,
    ],
    [
      'a title figure of a count noun nobody defined',
      {
        ...defaultLexicon,
        kinds: [
          ...defaultLexicon.kinds,
          { kind: 'heatwave', titles: [{ text: 'Heatwave' }], figureNouns: ['goals'] },
        ],
      },
      `kinds[${defaultLexicon.kinds.length}].figureNouns[0]: unknown count noun "goals" (not in counts)`,
    ],
    [
      'hedges that are not strings',
      { ...defaultLexicon, hedges: [1] },
      'hedges: must be a list of non-empty strings',
    ],
  ])('names the field and the reason for %s', (_name, input, message) => {
    expect(() => parseLexicon(input)).toThrow(`data/event-lexicon.json: ${message}`);
  });
});
