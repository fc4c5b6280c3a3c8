import { describe, expect, it } from 'vitest';
import { inComparedCase } from './compared-case.ts';
import { extractTimexes } from './extract.ts';
import type { Lang } from './lexicon.ts';

const DCT = '2010-04-21';

function compared(lang: Lang, sentence: string, text: string): boolean {
  const t = extractTimexes(sentence, { lang, dct: DCT, dctPrecision: 'day' }).find((x) => x.text === text);
  if (!t) throw new Error(`no “${text}” in "${sentence}"`);
  return inComparedCase(lang, sentence, t, DCT);
}

describe('a past case a sentence likens its news to dates nothing it reports', () => {
  it.each<[string, Lang, string, string, boolean]>([
    [
      'a demand for compensation "like the USA had paid … after the attacks of 11 September 2001" is made now',
      'en',
      'He demanded from the governments a compensation, like the USA had paid to the airlines after the attacks of 11 September 2001.',
      '11 September 2001',
      true,
    ],
    [
      'een eis "zoals na de aanslagen van 11 september 2001" wordt nu gesteld',
      'nl',
      'Hij eiste een compensatie van de regeringen, zoals de VS die na de aanslagen van 11 september 2001 aan de luchtvaart betaalden.',
      '11 september 2001',
      true,
    ],
    [
      'eine Forderung "wie nach den Anschlägen vom 11. September 2001" wird jetzt erhoben',
      'de',
      'Er forderte von den Regierungen eine Entschädigung, wie sie die USA nach den Anschlägen vom 11. September 2001 gezahlt hatten.',
      '11. September 2001',
      true,
    ],
    [
      '"wie die Polizei am Montag mitteilte" tells the day it was said',
      'de',
      'Drei Männer wurden festgenommen, wie die Polizei am Montag mitteilte.',
      'Montag',
      false,
    ],
    [
      'a date of the past outside any likening keeps its day',
      'en',
      'The airlines were paid compensation after the attacks of 11 September 2001.',
      '11 September 2001',
      false,
    ],
  ])('%s', (_name, lang, sentence, text, expected) => {
    expect(compared(lang, sentence, text)).toBe(expected);
  });
});
