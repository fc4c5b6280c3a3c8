/** The year a dateline that names no year ("Oct 27") is read in, and the corpus's own period. */
import { latestMonthMentioned } from './date-mentions.ts';
import type { YearReference } from './dateline-published.ts';
import { RELATED_STORY, SAME_STORY, type Sister } from './sisters.ts';
import type { LanguageArticle } from './types.ts';

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The median month of the documents dated in their own text: the corpus's own period. */
export function corpusMonth(dated: ReadonlyMap<string, string>): string | undefined {
  const months = [...dated.values()].map(monthOf).sort();
  return months[Math.floor((months.length - 1) / 2)];
}

/**
 * What a dateline's year is taken from: a document telling the same story, else the dated document
 * closest to it, the corpus's period, the text's latest month. The closest document comes before
 * the period: a folder of several stories years apart has a median month none of them is in.
 */
export function yearReference(
  article: LanguageArticle,
  sisters: readonly Sister[],
  period: string | undefined,
): YearReference | undefined {
  const sister = sisters[0];
  if (sister && sister.score >= SAME_STORY)
    return { date: sister.date, what: `${sister.id}, which tells the same story` };
  if (sister && sister.score >= RELATED_STORY)
    return { date: sister.date, what: `${sister.id}, the dated document closest to it` };
  if (period)
    return {
      date: `${period}-15`,
      what: 'the median month of the dated documents read with it',
      loose: true,
    };
  const mentioned = latestMonthMentioned(article);
  return mentioned
    ? { date: `${mentioned}-15`, what: 'the latest month the text names', loose: true }
    : undefined;
}
