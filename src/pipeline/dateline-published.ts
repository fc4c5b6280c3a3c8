/**
 * A publication day from a wire dateline ("TBILISI, Oct 27 (Reuters) - "), which gives the day and
 * month but no year. The year is the document's own when it gives a month-only date; otherwise it
 * is the one that puts the day nearest a reference date (a document telling the same story, or the
 * period of the documents read with it), among those the text's weekdays allow. Such a year is
 * inferred, and the reason says from what.
 */
import { datelineAt, type Dateline } from './dateline.ts';
import { daysBetween } from './iso-day.ts';
import { daysReported, isoDay, latestDayReported } from './date-mentions.ts';
import type { LanguageArticle, Published, PublishedHint } from './types.ts';
import { weekdayConflict, weekdayEvidence, weekdayNote } from './weekday-evidence.ts';

/** What the year is taken from: a date and how to name it in the reason. */
export interface YearReference {
  date: string;
  what: string;
}

/** English month names, January first: the reasons a publication date is given in are English. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The dated dateline of the article's first paragraphs (where segment.ts also looks), if any. */
export function datedDateline(
  article: Pick<LanguageArticle, 'paragraphs'>,
): (Dateline & { month: number; day: number }) | undefined {
  for (const p of article.paragraphs.slice(0, 2)) {
    const d = datelineAt(p.text);
    if (d?.month !== undefined && d.day !== undefined) return { ...d, month: d.month, day: d.day };
    if (d) return undefined;
  }
  return undefined;
}

export function publishedFromDateline(
  article: Pick<LanguageArticle, 'paragraphs' | 'sentences' | 'language'>,
  hint: PublishedHint | undefined,
  referenceOf: () => YearReference | undefined,
): Published | undefined {
  const dateline = datedDateline(article);
  if (!dateline) return undefined;
  const { place, month, day } = dateline;
  const told = `The dateline (${place}) gives ${day} ${MONTH_NAMES[month - 1]}`;
  if (hint?.precision === 'month' && Number(hint.date.slice(5, 7)) === month) {
    const date = isoDay(Number(hint.date.slice(0, 4)), month, day);
    if (date) {
      return {
        date,
        precision: 'day',
        inferred: false,
        reason: `The document gives only the month (${hint.date.slice(0, 7)}); ${told.replace('The', 'its')}`,
      };
    }
  }
  const reference = referenceOf();
  if (!reference) return undefined;
  const evidence = weekdayEvidence(article);
  const days = daysReported(article);
  const year = Number(reference.date.slice(0, 4));
  let best: string | undefined;
  for (const y of [year - 1, year, year + 1]) {
    const date = isoDay(y, month, day);
    if (!date || weekdayConflict(date, evidence)) continue;
    const reported = latestDayReported(days, String(y));
    if (reported && reported > date) continue;
    if (!best || distance(date, reference.date) < distance(best, reference.date)) best = date;
  }
  if (!best) return undefined;
  return {
    date: best,
    precision: 'day',
    inferred: true,
    reason: `${told} without a year; ${best.slice(0, 4)} puts it nearest ${reference.what} (${reference.date})${weekdayNote(best, evidence)}`,
  };
}

function distance(a: string, b: string): number {
  return Math.abs(daysBetween(a, b));
}
