/**
 * What someone said, told without a day of its own in a report, was said about the report's news:
 * "Bundeskanzler Olaf Scholz zeigte sich „fassungslos" über die Tat", "Auch … Xi Jinping
 * kondolierten", "Premier Kishida zei dat Japan „nooit zal toegeven aan geweld"". It was said on
 * or after the earliest day of the week before the report that the report tells (the Friday of
 * the shooting), not on any day of that week.
 */
import { shift } from '../iso-day.ts';
import type { AnnotatedArticle } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';

/** How far back "before publication" reaches: a week. */
const WEEK_DAYS = 7;

const STATEMENT = 'statement';

/** The earliest day of the week up to publication that a sentence of the report dates by its own words. */
function earliestNewsDay(article: AnnotatedArticle): string | undefined {
  const published = article.published.date;
  const from = shift(published, -WEEK_DAYS);
  let earliest: string | undefined;
  for (const s of article.sentences) {
    if (s.timeFrom !== 'own' || s.when.precision === 'before-publication') continue;
    const day = s.when.start.slice(0, 10);
    // A span (a week, a month) tells no one day; the day it ends on would be read as a start.
    if (s.when.end.slice(0, 10) !== day || day < from || day > published) continue;
    if (earliest === undefined || day < earliest) earliest = day;
  }
  return earliest;
}

/** Narrows the undated statements of an article's candidates to the days since the news it tells. */
export function saidSinceNews(candidates: EventCandidate[], article: AnnotatedArticle): void {
  if (article.published.precision !== 'day') return;
  let earliest: string | null | undefined;
  for (const c of candidates) {
    if (c.kind !== STATEMENT || c.when.precision !== 'before-publication') continue;
    earliest ??= earliestNewsDay(article) ?? null;
    if (earliest === null) return;
    if (c.when.start < earliest && earliest <= c.when.end) c.when = { ...c.when, start: earliest };
  }
}
