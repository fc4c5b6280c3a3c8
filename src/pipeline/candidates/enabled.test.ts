/**
 * What a measure is to make possible is no happening of the sentence: the central bank's liquidity
 * "om de overname mogelijk te maken" (Credit Suisse, March 2023) reports the liquidity, not a takeover.
 */
import { describe, expect, it } from 'vitest';
import type { TriggerHit } from './happenings.ts';
import { withoutEnabled } from './enabled.ts';

function hit(text: string, words: string, kind: string): TriggerHit {
  const start = text.indexOf(words);
  return { kind, start, end: start + words.length };
}

describe('a happening a measure is to enable', () => {
  it.each([
    [
      'nl',
      'De Zwitserse Nationale Bank stelt tot 100 miljard frank beschikbaar om de overname mogelijk te maken.',
      'overname',
    ],
    [
      'de',
      'Die Nationalbank stellt 100 Milliarden Franken bereit, um die Übernahme zu ermöglichen.',
      'Übernahme',
    ],
    ['en', 'The central bank offered 100 billion francs to enable the takeover.', 'takeover'],
  ])('[%s] “%s”: the %s is no happening of its own', (_lang, text, words) => {
    expect(withoutEnabled([hit(text, words, 'takeover')], text)).toEqual([]);
  });

  it.each([
    ['nl', 'UBS neemt Credit Suisse over, zo werd zondagavond bekendgemaakt.', 'neemt Credit Suisse over'],
    ['en', 'The takeover was made possible by the central bank.', 'takeover'],
  ])('[%s] “%s” still reports the takeover', (_lang, text, words) => {
    const h = hit(text, words, 'takeover');
    expect(withoutEnabled([h], text)).toEqual([h]);
  });
});
