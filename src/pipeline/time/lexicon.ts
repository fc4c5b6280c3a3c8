/**
 * Words of time in each supported language. Data only: the rule files build their regular
 * expressions from these tables once, at module load.
 */
import { CARDINAL_TENS, CARDINAL_UNITS } from '../number-words.ts';
import type { Lang } from '../langs.ts';

export { isLang, type Lang } from '../langs.ts';
export type Unit =
  'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
/** TIMEX3 part-of-day codes. */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';

export interface Lexicon {
  /** Weekday name (lower case) → 0 = Sunday … 6 = Saturday. */
  weekdays: Record<string, number>;
  /** Month name or abbreviation (lower case, without dot) → 1…12. */
  months: Record<string, number>;
  /** Part-of-day word, alone or as the tail of a compound ("vrijdagavond", "Freitagabend"). */
  parts: Record<string, PartOfDay>;
  /** Unit word (singular, plural and inflected) → unit. */
  units: Record<string, Unit>;
  /** Number words → value; "a"/"een"/"ein" count as one. */
  numbers: Record<string, number>;
  /** Vague quantities ("several", "a few") → an unspecified count (X in TIMEX3). */
  vague: string[];
}

const en: Lexicon = {
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  months: {
    january: 1,
    jan: 1,
    february: 2,
    feb: 2,
    march: 3,
    mar: 3,
    april: 4,
    apr: 4,
    may: 5,
    june: 6,
    jun: 6,
    july: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sept: 9,
    sep: 9,
    october: 10,
    oct: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  },
  parts: { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' },
  units: {
    minute: 'minute',
    minutes: 'minute',
    hour: 'hour',
    hours: 'hour',
    day: 'day',
    days: 'day',
    // "the past two nights of rioting": a stretch of days told by its nights.
    nights: 'day',
    week: 'week',
    weeks: 'week',
    weekend: 'weekend',
    weekends: 'weekend',
    month: 'month',
    months: 'month',
    quarter: 'quarter',
    quarters: 'quarter',
    year: 'year',
    years: 'year',
    decade: 'decade',
    decades: 'decade',
    century: 'century',
    centuries: 'century',
  },
  numbers: {
    ...CARDINAL_UNITS.en,
    ...CARDINAL_TENS.en,
    a: 1,
    an: 1,
    hundred: 100,
    'a couple of': 2,
    'a dozen': 12,
    'half a': 0.5,
    'a half': 0.5,
  },
  vague: ['several', 'a few', 'few', 'some', 'many', 'a number of', 'numerous', 'coming', 'couple of'],
};

const nl: Lexicon = {
  weekdays: { zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6 },
  months: {
    januari: 1,
    jan: 1,
    februari: 2,
    feb: 2,
    maart: 3,
    mrt: 3,
    april: 4,
    apr: 4,
    mei: 5,
    juni: 6,
    juli: 7,
    augustus: 8,
    aug: 8,
    september: 9,
    sept: 9,
    sep: 9,
    oktober: 10,
    okt: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  },
  parts: { ochtend: 'MO', morgen: 'MO', middag: 'AF', avond: 'EV', nacht: 'NI' },
  units: {
    minuut: 'minute',
    minuten: 'minute',
    uur: 'hour',
    uren: 'hour',
    dag: 'day',
    dagen: 'day',
    nachten: 'day',
    week: 'week',
    weken: 'week',
    weekend: 'weekend',
    maand: 'month',
    maanden: 'month',
    kwartaal: 'quarter',
    jaar: 'year',
    jaren: 'year',
    decennium: 'decade',
    decennia: 'decade',
    eeuw: 'century',
    eeuwen: 'century',
  },
  numbers: {
    ...CARDINAL_UNITS.nl,
    ...CARDINAL_TENS.nl,
    honderd: 100,
    'een paar': 2,
    anderhalf: 1.5,
    half: 0.5,
    halve: 0.5,
    tweeënhalf: 2.5,
    drieënhalf: 3.5,
  },
  vague: ['enkele', 'een aantal', 'meerdere', 'vele', 'verscheidene', 'paar'],
};

const de: Lexicon = {
  weekdays: {
    sonntag: 0,
    montag: 1,
    dienstag: 2,
    mittwoch: 3,
    donnerstag: 4,
    freitag: 5,
    samstag: 6,
    sonnabend: 6,
  },
  months: {
    januar: 1,
    jänner: 1,
    jan: 1,
    februar: 2,
    feb: 2,
    märz: 3,
    april: 4,
    apr: 4,
    mai: 5,
    juni: 6,
    juli: 7,
    august: 8,
    aug: 8,
    september: 9,
    sept: 9,
    sep: 9,
    oktober: 10,
    okt: 10,
    november: 11,
    nov: 11,
    dezember: 12,
    dez: 12,
  },
  parts: {
    morgen: 'MO',
    früh: 'MO',
    vormittag: 'MO',
    mittag: 'AF',
    nachmittag: 'AF',
    abend: 'EV',
    nacht: 'NI',
  },
  units: {
    minute: 'minute',
    minuten: 'minute',
    stunde: 'hour',
    stunden: 'hour',
    tag: 'day',
    tage: 'day',
    tagen: 'day',
    nächte: 'day',
    nächten: 'day',
    tages: 'day',
    woche: 'week',
    wochen: 'week',
    wochenende: 'weekend',
    monat: 'month',
    monate: 'month',
    monaten: 'month',
    monats: 'month',
    quartal: 'quarter',
    jahr: 'year',
    jahre: 'year',
    jahren: 'year',
    jahres: 'year',
    jahrzehnt: 'decade',
    jahrzehnte: 'decade',
    jahrzehnten: 'decade',
    jahrhundert: 'century',
  },
  numbers: {
    ...CARDINAL_UNITS.de,
    ...CARDINAL_TENS.de,
    einem: 1,
    einen: 1,
    einer: 1,
    hundert: 100,
    anderthalb: 1.5,
    eineinhalb: 1.5,
    halbe: 0.5,
    halben: 0.5,
    zweieinhalb: 2.5,
    dreieinhalb: 3.5,
  },
  vague: ['einige', 'einigen', 'mehrere', 'mehreren', 'wenige', 'wenigen', 'ein paar', 'vielen', 'viele'],
};

export const LEXICONS: Record<Lang, Lexicon> = { en, nl, de };
