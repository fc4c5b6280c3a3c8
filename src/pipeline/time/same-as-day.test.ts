import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';
import type { Lang } from './lexicon.ts';
import { isSameAsDay } from './same-as-day.ts';

const DCT = '2017-06-17';

function sameAs(lang: Lang, sentence: string, text: string): boolean {
  const t = extractTimexes(sentence, { lang, dct: DCT, dctPrecision: 'day' }).find((x) => x.text === text);
  if (!t) throw new Error(`no “${text}” in "${sentence}"`);
  return isSameAsDay(lang, sentence, t);
}

describe('a day a count is told to equal dates nothing the sentence reports', () => {
  it.each<[string, Lang, string, string, boolean]>([
    [
      'thirty dead confirmed, “hetzelfde aantal als gisteren”, are confirmed today',
      'nl',
      'Officieel zijn 30 doden bevestigd, hetzelfde aantal als gisteren.',
      'gisteren',
      true,
    ],
    [
      'a toll “unchanged from Friday” stands today',
      'en',
      'The confirmed toll stood at 30, the same number as on Friday.',
      'Friday',
      true,
    ],
    [
      '“genauso viele wie gestern” counts today',
      'de',
      'Bestätigt sind 30 Tote, genauso viele wie gestern.',
      'gestern',
      true,
    ],
    [
      'a toll confirmed yesterday is yesterday’s',
      'nl',
      'Gisteren werden 30 doden bevestigd.',
      'Gisteren',
      false,
    ],
    [
      'a march “as yesterday” is no count',
      'en',
      'Protesters marched on Friday as they had on Thursday.',
      'Friday',
      false,
    ],
  ])('%s', (_, lang, sentence, text, expected) => {
    expect(sameAs(lang, sentence, text)).toBe(expected);
  });
});
