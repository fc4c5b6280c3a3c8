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
    [
      'a label of a later day of the report’s month, told in the present, is last year’s',
      'de',
      '21. Dezember: Die Bundesanwaltschaft schreibt Amri europaweit zur Fahndung aus, 100.000 Euro Belohnung.',
      '2017-12-19',
      '2016-12-21',
    ],
    [
      'so is one with its hour before the colon',
      'de',
      '23. Dezember, gegen 3 Uhr: Polizisten erschießen Amri bei einer Kontrolle in Sesto San Giovanni.',
      '2017-12-19',
      '2016-12-23',
    ],
    [
      'so is one told in the passive, whose “wird” is no plan',
      'de',
      '23. Dezember, gegen 3 Uhr: Amri wird bei einer Polizeikontrolle in Sesto San Giovanni bei Mailand erschossen.',
      '2017-12-19',
      '2016-12-23',
    ],
    [
      'a German label of a later day with a plan besides “wird” stays this year’s',
      'de',
      '21. Dezember: Die Wahl soll verschoben werden.',
      '2017-12-19',
      '2017-12-21',
    ],
    [
      'a Dutch label of a later day is last year’s too',
      'nl',
      '**21 december** – Het Openbaar Ministerie verspreidt een opsporingsbericht.',
      '2017-12-19',
      '2016-12-21',
    ],
    [
      'a label of a later day told in the future is a plan of this year',
      'en',
      'Dec. 21 - Parliament will vote on the budget.',
      '2017-12-19',
      '2017-12-21',
    ],
    [
      'a later day of the month that is no label stays this year’s',
      'de',
      'Der Markt öffnet am 21. Dezember wieder.',
      '2017-12-19',
      '2017-12-21',
    ],
  ])('%s', (_name, lang, text, dct, day) => {
    expect(firstDay(lang, text, dct)).toBe(day);
  });
});
