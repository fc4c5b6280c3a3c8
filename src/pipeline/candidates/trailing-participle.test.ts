import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { inTrailingParticiple } from './trailing-participle.ts';

const at = (text: string, word: string): Mention => ({
  text: word,
  start: text.indexOf(word),
  end: text.indexOf(word) + word.length,
  kind: 'place',
  resolution: 'exact',
});

describe('inTrailingParticiple', () => {
  it.each([
    [
      'Yoon declared emergency martial law late on Tuesday, accusing the opposition of sympathising with North Korea.',
      'declared',
      'North Korea',
      true,
    ],
    [
      'Yoon lifted martial law early on Wednesday, plunging Asia’s fourth-largest economy into turmoil.',
      'lifted',
      'Asia',
      true,
    ],
    ['A bomb exploded at a market, killing 10 people in Kabul.', 'exploded', 'Kabul', false],
    ['Protests spread across the country, including Almaty.', 'Protests', 'Almaty', false],
    ['Police arrested 11 people in Moscow, saying four were gunmen.', 'arrested', 'Moscow', false],
  ])('"%s": the place after "%s", %s, is only spoken of: %s', (text, trigger, place, spoken) => {
    expect(inTrailingParticiple(text, at(text, place), text.indexOf(trigger))).toBe(spoken);
  });
});
