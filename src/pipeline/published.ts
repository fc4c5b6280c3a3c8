import { daysReported, latestDayReported, latestMonthMentioned, type DaysReported } from './date-mentions.ts';
import { publishedFromDateline, type YearReference } from './dateline-published.ts';
import { describeFeatures, fingerprint } from './fingerprint.ts';
import { latestNews } from './sister-news.ts';
import type { LanguageArticle, Published, PublishedArticle } from './types.ts';
import { beforeStoryStart, earliestTold } from './story-start.ts';
import { weekdayConflict, weekdayEvidence, weekdayNote } from './weekday-evidence.ts';

/** Share of a document's weighted fingerprint another document must hold to count as the same story. */
const SAME_STORY = 0.35;
/**
 * Below this share a document only shares the folder, not the story ("2% of its fingerprint"): its
 * month says nothing, and the text's own months or the corpus's period serve better.
 */
const RELATED_STORY = 0.1;
/** Features found in more documents than this are too common to point at one story (and would make the search quadratic). */
const MAX_POSTINGS = 64;

interface Sister {
  id: string;
  date: string;
  score: number;
  shared: string[];
  /** How many dated documents of that day hold the shared features between them (1 for one document). */
  members: number;
}

function monthOf(date: string): string {
  return date.slice(0, 7);
}

/**
 * Finds, for each document, the dated documents that tell the same story. An inverted index over
 * fingerprint features keeps this proportional to the documents that share telling features,
 * not to the square of the corpus.
 */
function findSisters(
  articles: readonly LanguageArticle[],
  dated: ReadonlyMap<string, string>,
): Map<string, Sister[]> {
  const prints = articles.map((a) => fingerprint(a.sentences.map((s) => s.text)));
  const postings = new Map<string, number[]>();
  prints.forEach((print, i) => {
    print.forEach((f) => {
      const list = postings.get(f);
      if (list) list.push(i);
      else postings.set(f, [i]);
    });
  });
  const weight = (f: string): number => {
    const df = postings.get(f)?.length ?? 1;
    return (f.startsWith('n:') ? 2 : 1) * Math.log(1 + articles.length / df);
  };
  const result = new Map<string, Sister[]>();
  articles.forEach((article, i) => {
    if (article.meta.published?.precision === 'day') return;
    const print = prints[i] ?? new Set<string>();
    let total = 0;
    const weights = new Map<string, number>();
    // Per other document: the features it shares and their summed weight, each feature weighed once.
    const sharedBy = new Map<number, { shared: string[]; sum: number }>();
    print.forEach((f) => {
      const w = weight(f);
      total += w;
      weights.set(f, w);
      const list = postings.get(f) ?? [];
      if (list.length > MAX_POSTINGS) return;
      for (let k = 0; k < list.length; k++) {
        const j = list[k] as number;
        if (j === i || !dated.has(articles[j]?.id ?? '')) continue;
        const entry = sharedBy.get(j);
        if (entry) {
          entry.shared.push(f);
          entry.sum += w;
        } else sharedBy.set(j, { shared: [f], sum: w });
      }
    });
    const sisters: Sister[] = [];
    for (const [j, { shared, sum }] of sharedBy) {
      const other = articles[j];
      if (!other || total === 0) continue;
      sisters.push({ id: other.id, date: dated.get(other.id) ?? '', score: sum / total, shared, members: 1 });
    }
    if (sisters.length > 1) sisters.push(...sameDaySisters(sisters, weights, total));
    sisters.sort((a, b) => b.score - a.score || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    result.set(article.id, sisters);
  });
  return result;
}

/**
 * Related documents of one day taken together: two reports of the same day may each tell part of
 * what an undated one tells ("30%" of it with each, half with both), which is the same story told
 * on that day. Only documents related on their own count, so that many of one day sharing a few
 * common names make no story; one document telling the same story alone is not second-guessed.
 */
function sameDaySisters(
  sisters: readonly Sister[],
  weights: ReadonlyMap<string, number>,
  total: number,
): Sister[] {
  // Most documents have one sister telling the same story, or none related enough to add up.
  let related = 0;
  for (let i = 0; i < sisters.length; i++) {
    const score = (sisters[i] as Sister).score;
    if (score >= SAME_STORY) return [];
    if (score >= RELATED_STORY) related++;
  }
  if (related < 2) return [];
  const byDay = new Map<string, Sister[]>();
  for (const sister of sisters) {
    if (sister.score < RELATED_STORY) continue;
    const list = byDay.get(sister.date);
    if (list) list.push(sister);
    else byDay.set(sister.date, [sister]);
  }
  const together: Sister[] = [];
  for (const [date, list] of byDay) {
    if (list.length < 2) continue;
    const seen = new Set<string>();
    let sum = 0;
    for (const sister of list)
      for (const f of sister.shared)
        if (!seen.has(f)) {
          seen.add(f);
          sum += weights.get(f) ?? 0;
        }
    const score = sum / total;
    const shared = [...seen];
    const ids = list.map((sister) => sister.id).sort();
    together.push({ id: ids.join(' and '), date, score, shared, members: ids.length });
  }
  return together;
}

/** The median month of the documents dated in their own text: the corpus's own period. */
function corpusMonth(dated: ReadonlyMap<string, string>): string | undefined {
  const months = [...dated.values()].map(monthOf).sort();
  return months[Math.floor((months.length - 1) / 2)];
}

/**
 * Gives every article a publication date. A day found in the document is kept. A missing or
 * month-only date is inferred from other documents that tell the same story (and checked against
 * the weekdays the text mentions); when nothing fixes a day, the date keeps month precision and the
 * reason says so — a day is never invented.
 */
export function resolvePublished(articles: LanguageArticle[]): PublishedArticle[] {
  const dated = new Map<string, string>();
  for (const a of articles) {
    if (a.meta.published?.precision === 'day') dated.set(a.id, a.meta.published.date);
  }
  const sisters = dated.size < articles.length ? findSisters(articles, dated) : new Map<string, Sister[]>();
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
  return articles.map((article) => ({
    ...article,
    published: resolveOne(article, sisters.get(article.id) ?? [], period, toldBy),
  }));
}

/** The earliest day the dated documents telling the same story tell as past by a weekday. */
function storyStart(sisters: readonly Sister[], toldBy: (sister: Sister) => string | null): string | null {
  let start: string | null = null;
  for (const sister of sisters) {
    if (sister.score < SAME_STORY) break;
    const day = toldBy(sister);
    if (day !== null && (start === null || day < start)) start = day;
  }
  return start;
}

const SOURCE_WORDS = {
  header: 'the header line',
  timestamp: 'the dateline timestamp',
  'front-matter': 'the front matter',
};

/** What a dateline's year is taken from: a document telling the same story, the corpus's period, the text's latest month. */
function yearReference(
  article: LanguageArticle,
  sisters: readonly Sister[],
  period: string | undefined,
): YearReference | undefined {
  const sister = sisters[0];
  if (sister && sister.score >= SAME_STORY)
    return { date: sister.date, what: `${sister.id}, which tells the same story` };
  if (period) return { date: `${period}-15`, what: 'the median month of the dated documents read with it' };
  const mentioned = latestMonthMentioned(article);
  return mentioned ? { date: `${mentioned}-15`, what: 'the latest month the text names' } : undefined;
}

function resolveOne(
  article: LanguageArticle,
  sisters: readonly Sister[],
  period: string | undefined,
  toldBy: (sister: Sister) => string | null,
): Published {
  const hint = article.meta.published;
  if (hint?.precision === 'day') {
    return { date: hint.date, precision: 'day', inferred: false, reason: `from ${SOURCE_WORDS[hint.from]}` };
  }
  const dated = publishedFromDateline(article, hint, () => yearReference(article, sisters, period));
  if (dated) return dated;
  // What the text says about days and weekdays is read only once a sister is to be checked against it.
  let days: DaysReported | undefined;
  let evidence: ReturnType<typeof weekdayEvidence> | undefined;
  let start: string | null | undefined;
  const month = hint ? monthOf(hint.date) : undefined;
  const rejected: string[] = [];
  // A sister that tells facts the report shares with no earlier one is tried first.
  const news = latestNews(sisters, SAME_STORY);
  const order = news ? [news.sister, ...sisters.filter((s) => s !== news.sister)] : sisters;
  for (const sister of order) {
    if (sister.score < SAME_STORY) break;
    if (month && monthOf(sister.date) !== month) continue;
    days ??= daysReported(article);
    const reported = latestDayReported(days, sister.date.slice(0, 4));
    evidence ??= weekdayEvidence(article);
    const conflict =
      reported && reported > sister.date
        ? `the text reports ${reported} as past, after ${sister.date}`
        : (weekdayConflict(sister.date, evidence) ??
          // One weekday alone cannot fall before another: only two or more are held to the start.
          (evidence.past.size > 1 && (start ??= storyStart(sisters, toldBy)) !== null
            ? beforeStoryStart(sister.date, evidence, start)
            : null));
    if (conflict) {
      rejected.push(`${sister.id} (${conflict})`);
      continue;
    }
    const given = month
      ? `The document gives only the month (${month}); the day`
      : 'The document gives no date; it';
    return {
      date: sister.date,
      precision: 'day',
      inferred: true,
      reason: `${given} is taken from ${sister.id} (${sister.date}), which ${sister.members > 1 ? 'together tell' : 'tells'} the same story (${Math.round(sister.score * 100)}% of its fingerprint: ${describeFeatures(sister.shared)})${sister === news?.sister ? `, and the latest that tells what it tells and no earlier report does (${describeFeatures(news.features)})` : ''}${weekdayNote(sister.date, evidence)}`,
    };
  }
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
  const weak = sisters[0];
  if (weak && weak.score >= RELATED_STORY) {
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
