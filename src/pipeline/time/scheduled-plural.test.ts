/** A Dutch or German plural present of meeting and deciding schedules its weekday ahead. */
import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

/** The day the weekday `text` of `sentence` gets in an article of Thursday 13 August 2020. */
function dayOf(lang: string, sentence: string, text: string): string | undefined {
  return extractTimexes(sentence, { lang, dct: '2020-08-13' }).find((t) => t.text === text)?.value;
}

describe('a plural present that schedules, published Thursday 13 August 2020', () => {
  it.each([
    [
      'ministers who "overleggen vrijdag" meet on the Friday ahead',
      'nl',
      'De ministers van Buitenlandse Zaken van de EU overleggen vrijdag over sancties tegen Wit-Rusland.',
      'vrijdag',
      '2020-08-14',
    ],
    [
      'ministers who "beraten am Freitag" meet on the Friday ahead',
      'de',
      'Die Außenminister der EU beraten am Freitag über Sanktionen gegen Belarus.',
      'Freitag',
      '2020-08-14',
    ],
    [
      'a strong past in -en ("kwamen") still tells the Friday before',
      'nl',
      'De ministers kwamen vrijdag bijeen in Brussel.',
      'vrijdag',
      '2020-08-07',
    ],
    [
      'a weak past plural ("overlegden") still tells the Friday before',
      'nl',
      'De ministers overlegden vrijdag over sancties.',
      'vrijdag',
      '2020-08-07',
    ],
  ])('%s', (_, lang, sentence, text, expected) => {
    expect(dayOf(lang, sentence, text)).toBe(expected);
  });
});
