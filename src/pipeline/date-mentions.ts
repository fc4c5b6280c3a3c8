import { scheduledInPresent } from './time/scheduled-present.ts';
import { dateNamesPlace } from './time/date-in-name.ts';
import { dateOfLaterOccasion } from './time/before-occasion.ts';
import { isLang } from './time/lexicon.ts';
import type { LanguageArticle } from './types.ts';

/**
 * Calendar dates written out in English, Dutch and German text ("7 January", "am 7. Januar",
 * "januari 2022"): what an article's own words say about when it can have been written.
 */

const MONTHS: Record<string, number> = {
  january: 1,
  januari: 1,
  januar: 1,
  jänner: 1,
  february: 2,
  februari: 2,
  februar: 2,
  march: 3,
  maart: 3,
  märz: 3,
  maerz: 3,
  april: 4,
  may: 5,
  mei: 5,
  mai: 5,
  june: 6,
  juni: 6,
  july: 7,
  juli: 7,
  august: 8,
  augustus: 8,
  september: 9,
  october: 10,
  oktober: 10,
  november: 11,
  december: 12,
  dezember: 12,
};
/** "Oct", "Sept", "Okt", "Mär": the first three or four letters of a month's name. */
const ABBREVIATIONS = new Map(
  Object.entries(MONTHS).flatMap(([name, n]) => [
    [name.slice(0, 3), n],
    [name.slice(0, 4), n],
  ]),
);

/** "2022-01-07" for a day that exists in the calendar, undefined for one that does not (31 February). */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** The month (1–12) a name or abbreviation stands for in en, nl or de, in any case. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTHS[w] ?? ABBREVIATIONS.get(w);
}

const MONTH_YEAR = new RegExp(
  `\\b(${Object.keys(MONTHS).join('|')})\\s+(?:\\d{1,2},?\\s+)?((?:19|20)\\d{2})\\b`,
  'giu',
);

/** MONTH_YEAR needs a year: most sentences have none, and this finds that faster than the month names. */
const YEAR = /(?:19|20)\d{2}/;

const MONTH_NAMES = Object.keys(MONTHS).join('|');
/** "7 January", "7. Januar", "7 januari", "January 7th", optionally with a year. */
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(${MONTH_NAMES})\\b(?:,?\\s+((?:19|20)\\d{2}))?|\\b(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d{2}))?`,
  'giu',
);
const FUTURE = /\b(will|shall|next|zal|zullen|volgende|wird|werden|nächste[nmrs]?)\b/iu;
/** Both of DAY_MONTH's forms need the day's digits (`\d` is ASCII under /u too): most sentences have none. */
const DIGIT = /\d/;

/**
 * A day something is set for ("set the start of the conclave for May 7", "gepland voor 7 mei",
 * "auf den 7. Mai angesetzt"): a target, which may lie ahead of the writing.
 */
const SET_FOR = /(?<![\p{L}])(?:for|voor|für\s+den|auf\s+den)\s+(?:the\s+)?$/iu;

/**
 * The days the text reports as past ("on 7 January", "am 7. Januar"): the article cannot have been
 * published before them. Read once per article, asked once per year a sister document proposes.
 */
export interface DaysReported {
  /** The latest of those written with a year ("5 januari 2021"): "2021-01-05". */
  withYear: string | undefined;
  /** The latest of those written without one ("7 January"): "01-07". */
  withoutYear: string | undefined;
}

/**
 * Every day the text reports as past, as written: "2021-01-05" with its year, "01-07" without one.
 * A recap names the days of the story it looks back on ("am 19. Dezember 2016", "on 14 June").
 */
export function namedDays(article: Pick<LanguageArticle, 'sentences'> & { language?: string }): string[] {
  const days: string[] = [];
  const lang = article.language !== undefined && isLang(article.language) ? article.language : 'en';
  for (const s of article.sentences) {
    if (!DIGIT.test(s.text) || FUTURE.test(s.text)) continue;
    DAY_MONTH.lastIndex = 0;
    for (let m = DAY_MONTH.exec(s.text); m; m = DAY_MONTH.exec(s.text)) {
      const end = m.index + m[0].length;
      // "dat het conclaaf op 7 mei begint": the Dutch and German present schedules.
      if (
        SET_FOR.test(s.text.slice(Math.max(0, m.index - 12), m.index)) ||
        scheduledInPresent(lang, s.text, m.index, end) ||
        dateNamesPlace(s.text, m.index, end) ||
        dateOfLaterOccasion(s.text, m.index)
      )
        continue;
      const day = Number(m[1] ?? m[5]);
      const word = m[2] ?? m[4] ?? '';
      // "20 may have died": the English verbs "may" and "march" are months only when capitalised.
      if (word === 'may' || word === 'march') continue;
      const month = MONTHS[word.toLowerCase()];
      if (!month || day < 1 || day > 31) continue;
      const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const y = m[3] ?? m[6];
      days.push(y === undefined ? monthDay : `${y}-${monthDay}`);
    }
  }
  return days;
}

export function daysReported(
  article: Pick<LanguageArticle, 'sentences'> & { language?: string },
): DaysReported {
  let withYear: string | undefined;
  let withoutYear: string | undefined;
  for (const day of namedDays(article)) {
    if (day.length === 5) {
      if (!withoutYear || day > withoutYear) withoutYear = day;
    } else if (!withYear || day > withYear) withYear = day;
  }
  return { withYear, withoutYear };
}

/** The latest day reported as past, a day without a year taking `year`. */
export function latestDayReported(days: DaysReported, year: string): string | undefined {
  if (days.withoutYear === undefined) return days.withYear;
  const yearless = `${year}-${days.withoutYear}`;
  return days.withYear !== undefined && days.withYear > yearless ? days.withYear : yearless;
}

/** The latest month named with its year in the text ("January 2022", "januari 2022", "im Januar 2022"). */
export function latestMonthMentioned(article: Pick<LanguageArticle, 'sentences'>): string | undefined {
  let latest: string | undefined;
  for (const s of article.sentences) {
    if (!YEAR.test(s.text)) continue;
    MONTH_YEAR.lastIndex = 0;
    for (let m = MONTH_YEAR.exec(s.text); m; m = MONTH_YEAR.exec(s.text)) {
      const month = MONTHS[(m[1] ?? '').toLowerCase()];
      if (!month) continue;
      const key = `${m[2]}-${String(month).padStart(2, '0')}`;
      if (!latest || key > latest) latest = key;
    }
  }
  return latest;
}
