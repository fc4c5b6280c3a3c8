import { describe, expect, it } from 'vitest';
import { withoutFeelingState } from './feeling-state.ts';
import type { Lang } from './lexicon.ts';
import { toldInPast } from './tense.ts';

describe('a feeling told with a present copula is a state now, no past', () => {
  it.each<[Lang, string, boolean]>([
    ['nl', 'Premier Rutte laat weten dat hij geschokt is door de aanslagen in Parijs.', false],
    ['nl', 'Het kabinet is diep geraakt door het nieuws uit Parijs.', false],
    ['de', 'Bundeskanzlerin Merkel ist zutiefst erschüttert über die Anschläge in Paris.', false],
    ['en', 'The prime minister is deeply shocked by the attacks in Paris.', false],
    ['nl', 'Rutte was geschokt door de aanslagen in Parijs.', true],
    ['de', 'Merkel zeigte sich erschüttert, die Polizei hat die Halle gestürmt.', true],
    ['en', 'Obama was shocked by the attacks, which killed 129 people.', true],
  ])('%s: “%s” is told in the past: %s', (lang, sentence, past) => {
    expect(toldInPast(lang, withoutFeelingState(lang, sentence))).toBe(past);
  });
});
