/**
 * What an undated report's words say of the months before it was written. A month it tells as past
 * without a day ("killed 15 people in November", "im November", "sinds november") had ended by then: a report written that month says "this month" or names the day. "Months of
 * protests that erupted after the collapse" ("maandenlange protesten …, die begonnen na de
 * instorting", "monatelange Proteste, die nach dem Einsturz begannen") tells of at least two
 * months since the story began. "After months of disputes, the coalition collapsed" tells of months
 * before it: no "after" follows them.
 */
import { monthNumber } from './date-mentions.ts';
import { MONTH_NAMES } from './dateline-published.ts';
import { shift } from './iso-day.ts';

const MONTH_WORDS =
  'january|januari|januar|jänner|february|februari|februar|march|maart|märz|april|may|mei|mai|june|juni|july|juli|august|augustus|september|october|oktober|november|december|dezember';

/**
 * "in November", "im November", "since November", "sinds november": no day, no year after it. Not
 * "Anfang Januar", "early January": a report of mid-January tells its first days so.
 */
const MONTH_PAST = new RegExp(
  `(?<!\\p{L})(?:in|im|since|sinds|seit)\\s+(${MONTH_WORDS})(?!\\p{L})(?!\\s*\\d)`,
  'giu',
);

/** A sentence about what lies ahead names months that have not passed. */
const AHEAD =
  /(?<!\p{L})(?:will|shall|next|due|scheduled|planned|expected|until|zal|zullen|volgende|gepland|verwacht|wird|werden|nächste[nmrs]?|geplant|erwartet|bis)(?!\p{L})/iu;

const MONTHS_SINCE =
  /(?<!\p{L})(?:months of|maandenlange?|monatelange[nmrs]?)(?!\p{L})[^.;]*?(?<!\p{L})(?:after|since|na|sinds|nach|seit)(?!\p{L})/iu;

/** Months a report tells of since its story began. */
const MIN_MONTHS = 2;

export interface MonthsPast {
  /** The months (1–12) told as past without a day or a year. */
  months: ReadonlySet<number>;
  /** The text tells of months of something that followed the story's start. */
  monthsSinceStart: boolean;
}

export function monthsPast(article: { sentences: readonly { text: string }[] }): MonthsPast {
  const months = new Set<number>();
  let monthsSinceStart = false;
  for (const s of article.sentences) {
    monthsSinceStart ||= MONTHS_SINCE.test(s.text);
    if (AHEAD.test(s.text)) continue;
    MONTH_PAST.lastIndex = 0;
    for (let m = MONTH_PAST.exec(s.text); m; m = MONTH_PAST.exec(s.text)) {
      const word = m[1] ?? '';
      // "in may", "in march": the English verbs are months only when capitalised.
      if (word === 'may' || word === 'march') continue;
      const n = monthNumber(word);
      if (n !== undefined) months.add(n);
    }
  }
  return { months, monthsSinceStart };
}

/** The ISO day `months` months after `day` (the same day of the month, or that month's last). */
function addMonths(day: string, months: number): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = (m % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const d = Math.min(Number(day.slice(8, 10)), last);
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Why the report cannot have been written on `date`, its story having begun on `start`, or null. */
export function monthConflict(date: string, past: MonthsPast, start: string | undefined): string | null {
  const month = Number(date.slice(5, 7));
  if (past.months.has(month))
    return `the text tells ${MONTH_NAMES[month - 1]} as past, so that month had ended`;
  if (past.monthsSinceStart && start !== undefined && date < addMonths(start, MIN_MONTHS))
    return `the text tells of months of what followed the story's start on ${start}`;
  return null;
}

/** The last day of month `month` ("2024-11"). */
function lastDay(month: string): string {
  return shift(addMonths(`${month}-01`, 1), -1);
}

/** Why the report cannot have been written in the month before `month` ("2025-01"), or null. */
export function monthBeforeConflict(
  month: string,
  past: MonthsPast,
  start: string | undefined,
): string | null {
  return monthConflict(shift(`${month}-01`, -1), past, start);
}

/** The first month from `from` ("2024-11") on, within a year, on whose last day the report fits. */
export function firstFittingMonth(
  from: string,
  past: MonthsPast,
  start: string | undefined,
): string | undefined {
  for (let k = 0; k < 12; k++) {
    const month = addMonths(`${from}-01`, k).slice(0, 7);
    if (monthConflict(lastDay(month), past, start) === null) return month;
  }
  return undefined;
}
