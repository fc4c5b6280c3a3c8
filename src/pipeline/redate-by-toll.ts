/**
 * Dates again the reports without a day of their own whose running count tops what dated reports
 * counted (running-toll.ts): such a report was written on or after the latest report that counted
 * fewer and by the first that counted more, on the first day between them that fits the weekdays
 * it tells and by which its lead is news; with none, it keeps the day first read.
 */
import type { ChronologyDocument } from '../schema/events.ts';
import { aheadConflict, pastAndAheadConflict } from './ahead-day.ts';
import { earliestDay } from './days-since-date.ts';
import { apartAmong, NEVER_APART, type CountriesOfDocument, type DocumentsApart } from './documents-apart.ts';
import { shift } from './iso-day.ts';
import { kindTraits } from './candidates/kind-traits.ts';
import { SEASON_DAYS } from './merge/season-apart.ts';
import { ownDays, ruledOut, type Processed } from './redate.ts';
import { dailyHighest, describeToll, tollAbove, tollIndex, tollIndexWithin } from './running-toll.ts';
import type { Candidate, PublishedArticle } from './types.ts';
import { leadBeforeNews, leadConflict, madeKnownConflict, weekdayEvidence } from './weekday-evidence.ts';

/** How many days after the latest dated report a report is looked for: a toll is news for a fortnight. */
const SEARCH_DAYS = 14;

/**
 * The reports of `undated` to be dated again, each as processed from its new day; `process` runs
 * one article through the stages after its publication date. A toll runs within one story: each
 * report is held against the counts of dated reports within a season of its first reading, of
 * documents not apart from its own (`apart`; `countriesOf` the countries each document names, to ask
 * only those that may be). In a folder of several stories, the dead of Derna's
 * floods and of Karabakh's exodus that September are no one toll, nor Peru's dead in December 2022
 * and the Ahr's in July 2021.
 */
export function redateByToll<C extends Candidate>(
  undated: readonly PublishedArticle[],
  documents: readonly ChronologyDocument[],
  candidates: readonly C[],
  process: (article: PublishedArticle) => Processed<C> | undefined,
  apart: DocumentsApart = NEVER_APART,
  countriesOf?: CountriesOfDocument,
): Processed<C>[] {
  if (undated.length === 0) return [];
  const days = ownDays(documents);
  // Only counts of a kind that runs can top another: each report's own, and the dated reports'.
  const own = new Map<string, C[]>();
  const dated: C[] = [];
  for (const c of candidates) {
    if (kindTraits(c.kind).runs !== true) continue;
    if (days.has(c.document)) dated.push(c);
    const list = own.get(c.document);
    if (list) list.push(c);
    else own.set(c.document, [c]);
  }
  const daily = dailyHighest(dated, days);
  const datedDocuments = [...new Set(dated.map((c) => c.document))];
  const apartFrom = countriesOf ? apartAmong(datedDocuments, apart, countriesOf) : undefined;
  const redone: Processed<C>[] = [];
  for (const article of undated) {
    const counts = own.get(article.id);
    if (!counts) continue;
    const first = article.published;
    const seasonFrom = shift(first.date, -SEASON_DAYS);
    const seasonTo = shift(first.date, SEASON_DAYS);
    const inSeason = (document: string): boolean => {
      const day = days.get(document);
      return day !== undefined && day >= seasonFrom && day <= seasonTo;
    };
    // Where no dated report of the season is apart from this one, each day's highest count is the
    // folder's: the index is read from them (linear in the corpus); else gathered from those kept.
    const anyApart =
      apart !== NEVER_APART &&
      (apartFrom
        ? apartFrom(article.id).some(inSeason)
        : datedDocuments.some((d) => inSeason(d) && apart(article.id, d)));
    const index = anyApart
      ? tollIndex(
          [...counts, ...dated.filter((c) => inSeason(c.document) && !apart(article.id, c.document))],
          days,
        )
      : tollIndexWithin(article.id, counts, daily, seasonFrom, seasonTo);
    const toll = tollAbove(article.id, index);
    if (!toll) continue;
    // A count says only that the report came after another: it never dates it earlier than first
    // read, and fixes a day only from the day of that other report, never from a month's first.
    if (first.precision === 'day' ? first.date >= toll.below.date : first.date > toll.below.date) continue;
    const evidence = weekdayEvidence(article);
    const lead = evidence.lead ?? evidence.opening;
    // "three weeks after … on Jan. 7": the search begins when the weeks it counts have passed.
    const counted = evidence.counted && earliestDay(evidence.counted, toll.below.date);
    const from = counted && counted > toll.below.date ? counted : toll.below.date;
    for (let i = 0; i <= SEARCH_DAYS; i++) {
      const day = shift(from, i);
      if (toll.above && day > toll.above.date) break;
      if (
        ruledOut(article, evidence, day) ||
        leadConflict(day, { past: evidence.past, lead }) ||
        aheadConflict(day, evidence) ||
        pastAndAheadConflict(day, evidence) ||
        madeKnownConflict(day, evidence) ||
        leadBeforeNews(day, evidence, toll.below.date)
      )
        continue;
      const own =
        article.meta.published?.precision === 'month'
          ? `only the month (${first.date.slice(0, 7)})`
          : 'no day';
      const result = process({
        ...article,
        published: {
          date: day,
          precision: 'day',
          inferred: true,
          reason: `The document gives ${own}; it counts ${describeToll(toll)}, so it was written on or after that day, and ${day} is the first day from it that fits the weekdays it tells and by which its lead is news (first inferred: ${first.date}, ${first.reason ?? 'from its month'})`,
        },
      });
      if (result) redone.push(result);
      break;
    }
  }
  return redone;
}
