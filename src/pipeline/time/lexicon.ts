/**
 * Words of time in each supported language. Data only: the rule files build their regular
 * expressions from these tables once, at module load.
 */
import { CARDINAL_TENS, CARDINAL_UNITS } from '../number-words.ts';

export type Lang = 'en' | 'nl' | 'de';
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

/**
 * Numbers 21–99 written as words: "twenty-four", "twenty four", "vierentwintig", "tweeëntwintig",
 * "vierundzwanzig". Built from the tens and ones rather than listed; the rules match them with the
 * compact pattern of numberSource, and look their value up in the lexicon.
 */
const COMPOUND_PARTS: Record<
  Lang,
  { tens: Record<string, number>; ones: Record<string, number>; join: string }
> = {
  en: {
    tens: CARDINAL_TENS.en,
    ones: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 },
    join: '(?:-|\\s+)',
  },
  nl: {
    tens: CARDINAL_TENS.nl,
    ones: { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 },
    join: '(?:en|ën)',
  },
  de: {
    tens: CARDINAL_TENS.de,
    ones: { ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 },
    join: 'und',
  },
};

const COMPOUNDS: Record<Lang, Record<string, number>> = { en: {}, nl: {}, de: {} };
for (const lang of ['en', 'nl', 'de'] as const) {
  const { tens, ones } = COMPOUND_PARTS[lang];
  for (const [ten, t] of Object.entries(tens))
    for (const [one, o] of Object.entries(ones)) {
      const words =
        lang === 'en'
          ? [`${ten}-${one}`, `${ten} ${one}`]
          : lang === 'nl'
            ? [`${one}${/e$/.test(one) ? 'ën' : 'en'}${ten}`]
            : [`${one}und${ten}`];
      for (const word of words) COMPOUNDS[lang][word] = t + o;
    }
}

/** Regex source for a number word of `lang`, compounds included, or a vague amount ("several"). */
export function numberSource(lang: Lang): string {
  const { tens, ones, join } = COMPOUND_PARTS[lang];
  const lex = LEXICONS[lang];
  const compound =
    lang === 'en'
      ? `(?:${alternation(Object.keys(tens))})${join}(?:${alternation(Object.keys(ones))})`
      : `(?:${alternation(Object.keys(ones))})${join}(?:${alternation(Object.keys(tens))})`;
  return `${compound}|${alternation([...Object.keys(lex.numbers), ...lex.vague])}`;
}

/** Value of a number word, compounds included. */
export function numberValue(lang: Lang, word: string | undefined): number | undefined {
  return lookup(LEXICONS[lang].numbers, word) ?? lookup(COMPOUNDS[lang], word);
}

export const LEXICONS: Record<Lang, Lexicon> = { en, nl, de };

export function isLang(value: string): value is Lang {
  return value === 'en' || value === 'nl' || value === 'de';
}

/** Regex alternation of the keys of a table, longest first so "sept" wins over "sep". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * Word boundaries that work for letters outside ASCII (ä, ë, ß). B rules out ASCII letters and digits
 * first, a part of \p{L}\p{N}: the same boundary, found far faster inside a word.
 */
export const B = '(?<![a-zA-Z0-9])(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

/** Look a word up in a table, ignoring case and internal whitespace. */
export function lookup<T>(table: Record<string, T>, word: string | undefined): T | undefined {
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  // A key has single blanks and no final dot, so a word found as it is needs no tidying.
  return table[lower] ?? table[lower.replace(/\s+/g, ' ').replace(/\.$/, '')];
}
