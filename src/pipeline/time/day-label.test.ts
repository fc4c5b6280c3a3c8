import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

/** The day the first expression of `text` names, read as the time stage reads it. */
const firstDay = (lang: string, text: string, dct: string) =>
  extractTimexes(text, { lang, dct })[0]?.interval?.start.slice(0, 10);

describe('the year of a timeline entry’s day label', () => {
  it.each<[string, string, string, string, string]>([
    [
      'a November label in a January timeline is last year’s, told in the present',
      'de',
      '27. November: Islamistische Rebellen unter Führung der HTS starten eine Offensive aus der Provinz Idlib.',
      '2025-01-10',
      '2024-11-27',
    ],
    [
      'a December label in a January timeline is last year’s, with a weekday and a dash',
      'en',
      'Sunday, Dec. 8 - Rebels capture Damascus.',
      '2025-01-10',
      '2024-12-08',
    ],
    [
      'a Dutch label in bold is one too',
      'nl',
      '**8 december** – De rebellen nemen Damascus in.',
      '2025-01-10',
      '2024-12-08',
    ],
    [
      'a label of a month just past publication stays this year’s: a plan',
      'en',
      'Feb. 3 - Parliament is to vote on the transitional government.',
      '2025-01-10',
      '2025-02-03',
    ],
    [
      'a day that is no label keeps the tense rule: the present says nothing',
      'de',
      'Die Rebellen wollen am 27. November eine Offensive starten.',
      '2025-01-10',
      '2025-11-27',
    ],
  ])('%s', (_name, lang, text, dct, day) => {
    expect(firstDay(lang, text, dct)).toBe(day);
  });
});
