import { aheadConflict, dayBeforeAhead, pastAndAheadConflict } from './ahead-day.ts';
import { bareDayOfLastWeek } from './bare-day-of-last-week.ts';
import { monthOfUndated } from './month-of-undated.ts';
import { daysReported, latestDayReported, type DaysReported } from './date-mentions.ts';
import { publishedFromDateline } from './dateline-published.ts';
import { dayAfter, dayAfterPluperfect } from './day-after-pluperfect.ts';
import { describeFeatures, noNewsIn } from './fingerprint.ts';
import { pluperfectConflict } from './pluperfect.ts';
import { followedConflict } from './followed-on.ts';
import { weekEarlierConflict } from './week-earlier.ts';
import { corpusMonth, monthOf, yearReference } from './year-reference.ts';
import { findSisters, RELATED_STORY, SAME_STORY, type Sister } from './sisters.ts';
import { latestNews } from './sister-news.ts';
import { nextStretch, recountedBy, withinStretch } from './story-stretch.ts';
import type { LanguageArticle, Published, PublishedArticle } from './types.ts';
import { beforeStoryStart, earliestTold, lastWeekBeforeStart } from './story-start.ts';
import { dayAfterStory, dayInStory, storyStart, type StoryStart } from './day-in-story.ts';
import {
  newsLeadBefore,
  leadConflict,
  madeKnownConflict,
  weekdayConflict,
  weekdayEvidence,
  weekdayNote,
} from './weekday-evidence.ts';
import { countedConflict } from './days-since-date.ts';
import { countConflict } from './days-after-start.ts';
import { ownMonthFirst } from './own-month-first.ts';
import { monthConflict, monthsPast, type MonthsPast } from './months-past.ts';
import { toldDayOfMonth } from './reported-day-in-month.ts';
import { toldDayOfUndated } from './told-day-undated.ts';
import { countedDayOfLede } from './counted-day-of-lede.ts';

/**
 * Gives every article a publication date. A day found in the document is kept. A missing or
 * month-only date is inferred from other documents that tell the same story (and checked against
 * the weekdays the text mentions); when nothing fixes a day, the date keeps month precision and the
 * reason says so — a day is never invented. `prints` are the articles' fingerprints
 * (fingerprint.ts), when the caller has them already.
 */
export function resolvePublished(
  articles: LanguageArticle[],
  prints?: readonly ReadonlySet<string>[],
  nationalities: ReadonlySet<string> = new Set(),
): PublishedArticle[] {
  const dated = new Map<string, string>();
  for (const a of articles) {
    if (a.meta.published?.precision === 'day') dated.set(a.id, a.meta.published.date);
  }
  const sisters =
    dated.size < articles.length ? findSisters(articles, dated, prints) : new Map<string, Sister[]>();
  const period = corpusMonth(dated);
  const byId = new Map(sisters.size > 0 ? articles.map((a) => [a.id, a]) : []);
  // A dated document is the sister of many: what its weekdays tell is read once.
  const told = new Map<string, string | null>();
  const toldBy = (sister: Sister): string | null => {
    let day = told.get(sister.id);
    if (day === undefined) {
      const other = byId.get(sister.id);
      day = (other && earliestTold(sister.date, weekdayEvidence(other))) ?? null;
      told.set(sister.id, day);
    }
    return day;
  };
  const recounts = recountedBy((id) => byId.get(id));
  return articles.map((article) => {
    const all = ownMonthFirst(sisters.get(article.id) ?? [], article.meta.published);
    const refused: string[] = [];
    let resolved = resolveOne(article, withinStretch(all), period, toldBy, nationalities, refused);
    const closest = all[0];
    const other = closest && refused.includes(closest.id) ? nextStretch(all, recounts) : undefined;
    const again = other && resolveOne(article, other, period, toldBy, nationalities, []);
    if (closest && again?.precision === 'day')
      resolved = {
        ...again,
        reason: `${closest.id} (${closest.date}), the closest report, does not fit and the other related reports tell another stretch of time: ${again.reason}`,
      };
    const { sister, ownText, ...published } = resolved;
    if (ownText) return { ...article, published, ownText };
    return sister === undefined ? { ...article, published } : { ...article, published, sister };
  });
}

/** A publication date, with the report of the same story it was taken from, or read from the report's own text. */
type Resolved = Published & { sister?: string; ownText?: true };

/**
 * Share of the fingerprint from which a report that alone gives a figure the undated one cites
 * ("225 killed", told only a week on) tells the same story.
 */
const FIGURE_NEWS = 0.25;

const SOURCE_WORDS = {
  header: 'the header line',
  timestamp: 'the dateline timestamp',
  'date-line': 'the date line under the headline',
  'front-matter': 'the front matter',
  'agency-id': "the agency's story id in the footer",
};

function resolveOne(
  article: LanguageArticle,
  sisters: readonly Sister[],
  period: string | undefined,
  toldBy: (sister: Sister) => string | null,
  nationalities: ReadonlySet<string>,
  refused: string[],
): Resolved {
  const hint = article.meta.published;
  if (hint?.precision === 'day') {
    return { date: hint.date, precision: 'day', inferred: false, reason: `from ${SOURCE_WORDS[hint.from]}` };
  }
  const dated = publishedFromDateline(article, hint, () => yearReference(article, sisters, period));
  if (dated) return dated;
  // What the text says about days and weekdays is read only once a sister is to be checked against it.
  let days: DaysReported | undefined;
  let evidence: ReturnType<typeof weekdayEvidence> | undefined;
  let start: StoryStart | null | undefined;
  let past: MonthsPast | undefined;
  // The story's first day: the earliest a related report tells by weekday, else the earliest such report's.
  const storyDay = (): string | undefined =>
    (start ??= storyStart(sisters, toldBy))?.day ??
    sisters
      .filter((s) => s.score >= RELATED_STORY)
      .map((s) => s.date)
      .sort()[0];
  const monthsConflict = (date: string): string | null =>
    monthConflict(date, (past ??= monthsPast(article)), storyDay());
  const month = hint ? monthOf(hint.date) : undefined;
  const rejected: string[] = [];
  /** The first day after a sister's that a report read too early by its pluperfect fits. */
  let followed: Resolved | undefined;
  // A sister that tells facts the report shares with no earlier one is tried first.
  const news = latestNews(
    sisters,
    SAME_STORY,
    FIGURE_NEWS,
    noNewsIn(
      article.sentences.map((s) => s.text),
      nationalities,
    ),
  );
  const order = news ? [news.sister, ...sisters.filter((s) => s !== news.sister)] : sisters;
  /** Why the document cannot have been written on `date`, or null. */
  const conflictAt = (date: string): string | null => {
    days ??= daysReported(article);
    const reported = latestDayReported(days, date.slice(0, 4));
    evidence ??= weekdayEvidence(article);
    return reported && reported > date
      ? `the text reports ${reported} as past, after ${date}`
      : (monthsConflict(date) ??
          (evidence.counted && countedConflict(evidence.counted, date)
            ? `the text counts ${evidence.counted.days} days since ${evidence.counted.monthDay}, not yet passed on ${date}`
            : null) ??
          weekdayConflict(date, evidence) ??
          pluperfectConflict(date, evidence) ??
          madeKnownConflict(date, evidence) ??
          followedConflict(date, evidence) ??
          leadConflict(date, evidence) ??
          bareDayOfLastWeek(date, evidence) ??
          (evidence.daysAfter !== undefined && (start ??= storyStart(sisters, toldBy)) !== null
            ? countConflict(date, evidence.daysAfter, start.day)
            : null) ??
          aheadConflict(date, evidence) ??
          pastAndAheadConflict(date, evidence) ??
          // One weekday alone cannot fall before another: only two or more are held to the start,
          // or one where the text tells a day of the story by its date.
          (evidence.past.size > 0 && (start ??= storyStart(sisters, toldBy)) !== null
            ? evidence.past.size > 1 || (reported !== undefined && reported >= start.day)
              ? beforeStoryStart(date, evidence, start.day, reported !== undefined && reported >= start.day)
              : null
            : null) ??
          (evidence.weekEarlier !== undefined && (start ??= storyStart(sisters, toldBy)) !== null
            ? weekEarlierConflict(date, evidence.weekEarlier, start.day)
            : null) ??
          ((evidence.lastWeek.size > 0 || evidence.weekBefore) &&
          (start ??= storyStart(sisters, toldBy)) !== null
            ? lastWeekBeforeStart(date, evidence, start.day)
            : null));
  };
  for (const sister of order) {
    if (sister.score < SAME_STORY && sister !== news?.sister) break;
    if (month && monthOf(sister.date) !== month) continue;
    // What the report leads with is no older than the news it follows.
    const conflictAfter = (date: string): string | null =>
      conflictAt(date) ??
      (evidence && news?.sister === sister ? newsLeadBefore(date, evidence, sister.date) : null);
    const conflict = conflictAfter(sister.date);
    const story = `which ${sister.members > 1 ? 'together tell' : 'tells'} the same story (${Math.round(sister.score * 100)}% of its fingerprint: ${describeFeatures(sister.shared)})`;
    const given = month
      ? `The document gives only the month (${month}); the day`
      : 'The document gives no date; it';
    // A report that tells its sister's weekday as still ahead was written before it.
    const before =
      conflict && sister !== news?.sister && evidence && dayBeforeAhead(sister, month, evidence, conflictAt);
    if (before)
      return {
        ...before,
        reason: `${given} precedes ${sister.id} (${sister.date}), ${story}, ${before.reason}`,
      };
    if (conflict && sister === news?.sister) {
      // What only this report and later ones tell was not known before its day: a report that
      // tells it and does not fit that day was written in the days after, not before.
      const later = dayAfter(sister.date, month, conflictAfter);
      if (later) {
        evidence ??= weekdayEvidence(article);
        return {
          date: later,
          precision: 'day',
          inferred: true,
          reason: `${given} follows ${sister.id} (${sister.date}), ${story}, the earliest that tells what it tells (${describeFeatures(news.features)}), but ${conflict}: ${later} is the first day after it that fits${weekdayNote(later, evidence)}`,
          sister: sister.id,
        };
      }
    }
    // A weekday told in the pluperfect falls after those told in the simple past only when read
    // too early: the report was written in the days after its sister's.
    const later =
      followed || !evidence
        ? undefined
        : dayAfterPluperfect(sister.date, month, conflict, evidence, conflictAfter);
    if (later) {
      followed = {
        date: later,
        precision: 'day',
        inferred: true,
        reason: `${given} follows ${sister.id} (${sister.date}), ${story}, but ${conflict}: ${later} is the first day after it that fits${weekdayNote(later, evidence ?? weekdayEvidence(article))}`,
        sister: sister.id,
      };
    }
    if (conflict) {
      rejected.push(`${sister.id} (${conflict})`);
      refused.push(sister.id);
      continue;
    }
    evidence ??= weekdayEvidence(article);
    return {
      date: sister.date,
      precision: 'day',
      inferred: true,
      reason: `${given} is taken from ${sister.id} (${sister.date}), ${story}${sister === news?.sister ? `, and the latest that tells what it tells and no earlier report does (${describeFeatures(news.features)})` : ''}${weekdayNote(sister.date, evidence)}`,
      sister: sister.id,
    };
  }
  const inStory = dayInStory(
    sisters,
    month,
    start ?? storyStart(sisters, toldBy),
    evidence ?? weekdayEvidence(article),
    days ?? daysReported(article),
  );
  if (inStory && !monthsConflict(inStory.date)) {
    const given = month ? `The document gives only the month (${month})` : 'The document gives no date';
    const fit =
      rejected.length > 0
        ? `documents telling the same story do not fit (${rejected.join('; ')})`
        : 'no document tells the same story';
    return {
      date: inStory.date,
      precision: 'day',
      inferred: true,
      reason: `${given} and ${fit}; ${inStory.why}`,
    };
  }
  if (followed) return followed;
  const later = month && dayAfterStory(month, sisters, evidence ?? weekdayEvidence(article), conflictAt);
  if (later) return { date: later.date, precision: 'day', inferred: true, reason: later.why };
  const fromTold =
    month &&
    toldDayOfMonth({
      month,
      article,
      days,
      evidence,
      start: storyDay(),
      related: sisters.filter((s) => s.score >= RELATED_STORY).map((s) => s.date),
      conflictAt,
    });
  if (fromTold) return { ...fromTold, ownText: true };
  const counted = (evidence ??= weekdayEvidence(article)).ledeCounted;
  const fromCount = counted && countedDayOfLede(counted, month, sisters, conflictAt);
  if (fromCount) return { ...fromCount, ownText: true };
  const toldDay = month ? undefined : toldDayOfUndated((days ??= daysReported(article)), sisters, conflictAt);
  if (toldDay) return { ...toldDay, ownText: true };
  const why =
    rejected.length > 0
      ? `documents telling the same story do not fit: ${rejected.join('; ')}`
      : 'no other document tells the same story';
  if (month) {
    return {
      date: `${month}-01`,
      precision: 'month',
      inferred: false,
      reason: `The document gives only the month; ${why}, and the weekdays it mentions do not fix a day, so the date stays at month precision`,
    };
  }
  return monthOfUndated(article, sisters, period, why, (past ??= monthsPast(article)), storyDay);
}
