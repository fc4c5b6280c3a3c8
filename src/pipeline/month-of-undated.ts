/**
 * The month of a document with no date of its own that no day could be inferred for: that of the
 * dated document closest to it (or the first later month its text allows), else the latest month
 * its text names, else the median month of the documents read with it.
 */
import { latestMonthMentioned } from './date-mentions.ts';
import { firstFittingMonth, monthBeforeConflict, type MonthsPast } from './months-past.ts';
import { RELATED_STORY, type Sister } from './sisters.ts';
import type { LanguageArticle, Published } from './types.ts';
import { monthOf } from './year-reference.ts';

/** `why` says why no sister's day fits; `storyDay` gives the story's first day, when known. */
export function monthOfUndated(
  article: LanguageArticle,
  sisters: readonly Sister[],
  period: string | undefined,
  why: string,
  past: MonthsPast,
  storyDay: () => string | undefined,
): Published {
  const weak = sisters[0];
  if (weak && weak.score >= RELATED_STORY) {
    // A month the text tells as past, or months since the story began, put it in a later month.
    const fitting = firstFittingMonth(monthOf(weak.date), past, storyDay());
    if (fitting && fitting !== monthOf(weak.date)) {
      return {
        date: `${fitting}-01`,
        precision: 'month',
        inferred: true,
        reason: `No date in the document and ${why}; ${fitting} is the first month from that of ${weak.id} (${weak.date}), the dated document closest to it, that fits (not the month before: ${monthBeforeConflict(fitting, past, storyDay())})`,
      };
    }
    return {
      date: `${monthOf(weak.date)}-01`,
      precision: 'month',
      inferred: true,
      reason: `No date in the document and ${why}; the month is that of ${weak.id}, the dated document closest to it (${Math.round(weak.score * 100)}% of its fingerprint)`,
    };
  }
  const mentioned = latestMonthMentioned(article);
  if (mentioned) {
    return {
      date: `${mentioned}-01`,
      precision: 'month',
      inferred: true,
      reason: `No date in the document and ${why}; the month is the latest the text names`,
    };
  }
  if (period) {
    return {
      date: `${period}-01`,
      precision: 'month',
      inferred: true,
      reason: `No date in the document and no evidence in its text; the month is the median month of the dated documents read with it`,
    };
  }
  return {
    date: '1970-01-01',
    precision: 'month',
    inferred: true,
    reason: 'No date in the document, in its text or in any document read with it: the date is unknown',
  };
}
