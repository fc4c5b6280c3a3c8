import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';
import type { Lang } from './lexicon.ts';
import { perfectPastClause } from './perfect-past.ts';

const DCT = '2024-04-09';

function pastIn(lang: Lang, sentence: string, text: string): boolean {
  const t = extractTimexes(sentence, { lang, dct: DCT, dctPrecision: 'day' }).find((x) => x.text === text);
  if (!t) throw new Error(`no “${text}” in "${sentence}"`);
  return perfectPastClause(lang, sentence, t, DCT) !== undefined;
}

describe('a past year after a present perfect dates what its clause names, not what it reports', () => {
  it.each<[Lang, string, string, boolean]>([
    [
      'en',
      'Norfolk Southern has agreed to pay $600 million to settle a class-action lawsuit over its fiery train derailment in eastern Ohio last year, the railroad said Tuesday.',
      'last year',
      true,
    ],
    [
      'en',
      'The railroad has spent more than $1.1 billion on the clean-up of the spill in 2023.',
      '2023',
      true,
    ],
    ['en', 'The company has grown since last year.', 'last year', false],
    ['en', 'The town has seven schools that opened last year.', 'last year', false],
    ['en', 'The town has seventeen clinics built in 2023.', '2023', false],
    ['en', 'He has admitted that he lied to investigators last year.', 'last year', false],
    ['en', 'Norfolk Southern paid $600 million last year.', 'last year', false],
    ['en', 'The railroad said last year it has agreed to pay.', 'last year', false],
    ['nl', 'Norfolk Southern heeft vorig jaar een schikking getroffen.', 'vorig jaar', false],
  ])('[%s] “%s”: “%s” dates something else: %s', (lang, sentence, text, past) => {
    expect(pastIn(lang, sentence, text)).toBe(past);
  });
});
