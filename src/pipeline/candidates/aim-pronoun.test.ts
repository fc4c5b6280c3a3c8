/** The pronoun after "against" is whom a measure is aimed at: the person named before. */
import { describe, expect, it } from 'vitest';
import { aimPronoun } from './aim-pronoun.ts';
import { extractCandidates } from './stage.ts';
import { article } from './test-helpers.ts';
import { tokenize } from './tokenize.ts';

describe('the pronoun a measure is aimed at', () => {
  it.each<[string, string, string | undefined]>([
    [
      'a Dutch warrant "tegen hem uitgevaardigd"',
      'Het hooggerechtshof had dinsdag een arrestatiebevel tegen hem uitgevaardigd.',
      'hem',
    ],
    ['an English warrant "against him"', 'The court issued a warrant against him on Tuesday.', 'him'],
    ['a German warrant "gegen ihn"', 'Das Gericht erließ am Dienstag einen Haftbefehl gegen ihn.', 'ihn'],
    [
      'a Dutch warrant "tegen haar uitgevaardigd"',
      'De rechter heeft dinsdag een arrestatiebevel tegen haar uitgevaardigd.',
      'haar',
    ],
    [
      '"against her policy" is a possessive, no one aimed at',
      'They protested against her policy.',
      undefined,
    ],
    ['no pronoun after "against"', 'Thousands protested against the government.', undefined],
  ])('%s', (_name, text, pronoun) => {
    expect(aimPronoun(tokenize(text))?.word).toBe(pronoun);
  });

  it('makes the Dutch warrant "tegen hem" one for the minister the sentence before arrested', () => {
    const a = article('d', 'nl', [
      {
        text: 'Anderson Torres, de voormalige minister van oud-president Jair Bolsonaro, is zaterdag gearresteerd.',
        mentions: [
          ['Anderson Torres', 'actor', 'anderson-torres'],
          ['Jair Bolsonaro', 'actor', 'bolsonaro'],
        ],
        paragraph: 'p1',
      },
      {
        text: 'Het hooggerechtshof had dinsdag een arrestatiebevel tegen hem uitgevaardigd.',
        paragraph: 'p2',
      },
    ]);
    const warrant = extractCandidates(a, { kindOf: () => 'person' }).find((c) =>
      c.sentence.text.includes('tegen hem'),
    );
    expect(warrant?.actors).toEqual(['anderson-torres']);
  });
});
