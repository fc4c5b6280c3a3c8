import { describe, expect, it } from 'vitest';
import { dutchRelativeAfterNoun } from './noun-relative.ts';

/** Whether the first "die" of `text` opens a relative clause. */
function opens(text: string): boolean {
  const m = /(?<![\p{L}])die(?![\p{L}])/iu.exec(text);
  if (!m) throw new Error(`no pronoun in "${text}"`);
  return dutchRelativeAfterNoun(text, m.index + m[0].length);
}

describe('a Dutch relative pronoun without its comma, right after its noun', () => {
  it.each([
    'De 14-jarige dochter van de vrouw die gistermiddag in haar woning in Delfshaven werd doodgeschoten, is overleden.',
    'Het meisje die later overleed, was veertien.',
    'Zij worden verdacht van nalatigheid bij het onderhoud van de dammen die in september bezweken.',
    'Er zijn de rebellen die Aleppo in een week innamen.',
  ])('“%s” opens one', (text) => {
    expect(opens(text)).toBe(true);
  });

  it.each([
    'In die stad werd gisteren een man opgepakt.',
    'Die avond werd de verdachte aangehouden.',
    'Hij zag die man pas later.',
    'Volgens de politie heeft die man niets gezien.',
  ])('“%s” opens none: a demonstrative', (text) => {
    expect(opens(text)).toBe(false);
  });
});
