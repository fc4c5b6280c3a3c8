import { describe, expect, it } from 'vitest';
import { mentionIn } from './test-helpers.ts';
import { creditedAgency } from './credit.ts';

const actor = (text: string, name: string) => mentionIn(text, name, 'actor');

describe('creditedAgency', () => {
  it.each([
    ['Jan 8 (Reuters) - United Airlines said on Monday it had found loose bolts.', 'Reuters', true],
    ['NAIROBI, Kenya (AP) — Kenya’s President William Ruto said Wednesday he will not sign.', 'AP', true],
    ['Reuters reported on Monday that United had found loose bolts.', 'Reuters', false],
    ['United Airlines (UAL) said on Monday it had found loose bolts.', 'UAL', false],
  ])('“%s”: %s is the credit: %s', (text, name, expected) => {
    expect(creditedAgency(text, actor(text, name))).toBe(expected);
  });
});
