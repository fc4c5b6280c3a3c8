/**
 * "De rellen begonnen na de dood van de 17-jarige Nahel, die dinsdag … werd doodgeschoten": a
 * happening that began after another one the sentence dates began no earlier than that day. When the
 * sentence's only time is the earlier happening's (kept out of its own date, as in a relative clause),
 * it runs from that day up to publication, not the whole week before it; a context's day earlier
 * than that one is no frame for it either.
 */
import type { Published, PublishedArticle, Timex, When } from '../types.ts';
import { formatDay, lastDayOfMonth, parseDay } from './calendar.ts';
import type { Lang } from './lexicon.ts';

/** A verb of beginning, up to three words, then "after": the trigger's end is where the earlier happening is told. */
const STARTED_AFTER: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:began|begun|started|broke\s+out|erupted|flared(?:\s+up)?)\s+(?:\p{L}+\s+){0,3}?(?:after|following)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:begonnen|begon|braken\s+uit|brak\s+uit|uitgebroken|ontstonden|ontstond|ontstaan)\s+(?:\p{L}+\s+){0,3}?(?:na|nadat)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:begannen|begann|begonnen|brachen|brach|ausgebrochen|entbrannten|entbrannte)\s+(?:\p{L}+\s+){0,3}?(?:nach|nachdem)(?![\p{L}])/iu,
};

/** Cheap words to look for before the regex runs: every trigger holds one of them. */
const HINT: Record<Lang, RegExp> = {
  en: /after|following/i,
  nl: /na/i,
  de: /nach/i,
};

const CONFIDENCE = 0.5;

/** The last day a happening told before publication may lie on. */
function lastDay(published: Published): string {
  if (published.precision !== 'month') return published.date;
  const day = parseDay(published.date);
  return day ? formatDay(lastDayOfMonth(day.y, day.m)) : published.date;
}

/** An article opening a noun phrase: "after the removal", "na de dood", "nach dem Sturz". */
const ARTICLE_NEXT = /^\s+(?:the|de|het|der|die|das|dem|den|des)\s/i;

/**
 * "The protests began after the removal of President Castle on 7 December": a time told in the
 * noun phrase after "began after" is the earlier happening's, the clause from there to the
 * sentence's end, and no date of the beginning; that gets its time from `startedAfter`. A clause
 * with a verb of its own ("began after India on Wednesday struck targets") keeps its time: it dates
 * the strike told in it as the sentence's own.
 */
export function startedAfterClause(lang: Lang, sentence: string, t: Timex): [number, number] | undefined {
  if (!HINT[lang].test(sentence)) return undefined;
  const m = STARTED_AFTER[lang].exec(sentence);
  if (!m) return undefined;
  const after = m.index + m[0].length;
  if (t.start < after || !ARTICLE_NEXT.test(sentence.slice(after, after + 6))) return undefined;
  return [after, sentence.length];
}

/**
 * The time of a sentence with no time of its own: from the day of the happening it began after up
 * to `article`'s publication, when it says it began after one it dates; else `context`, the time the sentences
 * around it lend.
 */
export function startedAfter(
  lang: Lang,
  sentence: string,
  timexes: readonly Timex[],
  article: PublishedArticle,
  context: When | undefined,
): When | undefined {
  if (timexes.length === 0 || !HINT[lang].test(sentence)) return context;
  const m = STARTED_AFTER[lang].exec(sentence);
  if (!m) return context;
  const after = m.index + m[0].length;
  const earlier = timexes.find((t) => t.start >= after && t.interval && !t.baseline);
  const from = earlier?.interval?.start.slice(0, 10);
  const to = lastDay(article.published);
  if (!from || from > to) return context;
  if (context && context.start.slice(0, 10) >= from) return context;
  return {
    start: from,
    end: to,
    precision: 'day',
    value: from === to ? from : `${from}/${to}`,
    confidence: CONFIDENCE,
  };
}
