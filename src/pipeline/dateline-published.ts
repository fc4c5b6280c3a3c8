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
import {
  leadConflict,
  weekdayConflict,
  weekdayEvidence,
  weekdayNote,
  type WeekdayEvidence,
} from './weekday-evidence.ts';
import { weekdayOf } from './weekdays.ts';

/** What the year is taken from: a date and how to name it in the reason. */
export interface YearReference {
  date: string;
  what: string;
  /** A period, no story's day: the weekday the lede tells outweighs it (see ledeYear). */
  loose?: true;
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
  let best = reference.loose ? ledeYear(month, day, year, evidence, reference.date) : undefined;
  for (const y of best ? [] : [year - 1, year, year + 1]) {
    const date = isoDay(y, month, day);
    if (!date || weekdayConflict(date, evidence) || leadConflict(date, evidence)) continue;
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

/** Years either side of a loose reference in which a dateline's day may fall on the lede's weekday. */
const LEDE_YEARS = 6;
/** Days a wire report is filed after the news its lede tells at most: a Monday's of Saturday's. */
const LEDE_LAG = 2;

/** Days from the last `lead` weekday up to `date` (0 when `date` is one). */
function lagAfter(date: string, lead: number): number {
  return (weekdayOf(date) - lead + 7) % 7;
}

/**
 * "CAPE CANAVERAL, May 30 (Reuters) - … lifted off from Florida on Saturday": a wire report tells
 * news of the day it is filed or a day or two before. Where only a period dates the corpus and no
 * year near it puts the lede's weekday that close, the year is the nearest in which the dateline's
 * day is that weekday (or soonest after it), not one that puts the weekday days before and what the
 * report tells after it in the wrong order.
 */
function ledeYear(
  month: number,
  day: number,
  year: number,
  evidence: WeekdayEvidence,
  reference: string,
): string | undefined {
  const lead = evidence.lead;
  if (lead === undefined) return undefined;
  const fits = (date: string) => !weekdayConflict(date, evidence) && lagAfter(date, lead) <= LEDE_LAG;
  const near = [year - 1, year, year + 1].map((y) => isoDay(y, month, day));
  if (near.some((date) => date && fits(date))) return undefined;
  let best: string | undefined;
  for (let y = year - LEDE_YEARS; y <= year + LEDE_YEARS; y++) {
    const date = isoDay(y, month, day);
    if (!date || !fits(date)) continue;
    const lag = lagAfter(date, lead);
    const bestLag = best ? lagAfter(best, lead) : Infinity;
    if (!best || lag < bestLag || (lag === bestLag && distance(date, reference) < distance(best, reference)))
      best = date;
  }
  return best;
}

function distance(a: string, b: string): number {
  return Math.abs(daysBetween(a, b));
}
