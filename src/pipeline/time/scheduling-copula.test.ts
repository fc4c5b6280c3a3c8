import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

/** The day the weekday `text` of `sentence` gets in an article of Tuesday 22 April 2025. */
function dayOf(lang: string, sentence: string, text: string): string | undefined {
  return extractTimexes(sentence, { lang, dct: '2025-04-22' }).find((t) => t.text === text)?.value;
}

describe('the copula with a day names the day something is set for, published Tuesday 22 April 2025', () => {
  it.each([
    [
      'a funeral that "is" on Saturday is the Saturday ahead',
      'nl',
      'De uitvaart van paus Franciscus is zaterdag om 10.00 uur op het Sint-Pietersplein.',
      'zaterdag',
      '2025-04-26',
    ],
    ['so in German', 'de', 'Die Trauerfeier ist am Samstag auf dem Petersplatz.', 'Samstag', '2025-04-26'],
    [
      'a perfect with its participle at the end is the Saturday before',
      'nl',
      'De paus is zaterdag in Rome aangekomen.',
      'zaterdag',
      '2025-04-19',
    ],
    [
      'a passive whose participle stands inside the clause is the day before',
      'nl',
      'Het ziekenhuis is donderdagnacht getroffen door een cyberaanval.',
      'donderdagnacht',
      '2025-04-17TNI',
    ],
    [
      'a participle of "gaan" counts as one',
      'nl',
      'In Valencia zijn zaterdag tienduizenden mensen de straat op gegaan uit woede.',
      'zaterdag',
      '2025-04-19',
    ],
    [
      'a German perfect is the day before',
      'de',
      'Der Papst ist am Montag gestorben.',
      'Montag',
      '2025-04-21',
    ],
  ])('%s', (_name, lang, sentence, text, day) => {
    expect(dayOf(lang, sentence, text)).toBe(day);
  });
});
