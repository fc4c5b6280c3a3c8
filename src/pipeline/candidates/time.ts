import { attributiveDate } from './attributive-date.ts';
import type { PublishedArticle, Timex, When } from '../types.ts';
import { daysBetween } from '../iso-day.ts';
import { beforePublication } from '../time/before-publication.ts';

/** A clause boundary between a trigger and a time expression weighs like this many characters. */
const CLAUSE_PENALTY = 100;
/**
 * English news puts a happening's time after its verb more often than before it. Dutch and German
 * put a participle or a subordinate verb last, after its time ("wurde am Freitag eingestellt und soll
 * am Montag wieder aufgenommen werden"), so there a time before the verb is no further away.
 */
function beforePenalty(lang: string): number {
  return lang === 'nl' || lang === 'de' ? 0 : 40;
}

/** Clause boundaries (, ; : – —) in text[from, to), counted without slicing the text. */
export function boundariesBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = Math.max(0, from); i < Math.min(text.length, to); i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2013 || c === 0x2014) count++;
  }
  return count;
}

/**
 * "by the end of 2027", "bis Ende 2027", "bis einschließlich Dienstag": a deadline the happening is
 * due by, or the last day it stretches to, not when it happened.
 */
const DEADLINE =
  /\b(?:by|until|through|up\s+to\s+and\s+including|bis|bis\s+einschließlich|uiterlijk|tot\s+en\s+met)\s+$/i;
/** A deadline weighs like this many characters more: any other time of the sentence dates it first. */
const DEADLINE_PENALTY = 1000;

/** A date opening the sentence as its label: "Jan. 2: Protests break out…", "6. Januar – Truppen landen". */
const LABEL_END = /^\s*[:–—]\s/;

function isLabel(t: Timex, text: string): boolean {
  return t.start <= 2 && text.slice(0, t.start).trim() === '' && LABEL_END.test(text.slice(t.end, t.end + 3));
}

/** "a day after protesters stormed parliament", "zwei Tage nach dem Anschlag": the span ends where its own happening begins. */
const SPAN_BEFORE = /^\s+(?:after|before|na|nadat|voor|nach|nachdem|vor)(?![\p{L}])/u;

/**
 * "Ruto said Wednesday he will not sign the bill, a day after protesters stormed parliament": a
 * span before a happening told after it dates that happening (the time stage counts it back),
 * never one told before it.
 */
function datesLaterClause(t: Timex, at: number, text: string): boolean {
  return at < t.start && t.type === 'DURATION' && SPAN_BEFORE.test(text.slice(t.end, t.end + 10));
}

/** A day in the possessive: "Sunday's presidential election", "last week's attack". */
const POSSESSIVE = /^['’]s\s/;
/**
 * A word before a possessive day that makes it the time of what the sentence tells: "killed during
 * this month's unrest", "protests erupted after Sunday's election", "in last week's attack".
 */
const TIME_OF_SENTENCE = /\b(?:during|in|amid|after|since|following|before|throughout|over)\s+$/i;
/** The words a possessive day describes: its noun comes within this many characters. */
const POSSESSED_CHARS = 30;

/**
 * "declared Maduro the winner of Sunday's presidential election", "accuse Lukashenko of rigging
 * Sunday's election": a day in the possessive dates the noun it describes, no other happening of
 * the sentence. Not after "during", "in" or "after": "killed during this month's unrest" were
 * killed then.
 */
function datesOtherNoun(t: Timex, at: number, text: string): boolean {
  return (
    (POSSESSIVE.test(text.slice(t.end, t.end + 3)) || attributiveDate(t, text)) &&
    !TIME_OF_SENTENCE.test(text.slice(Math.max(0, t.start - 12), t.start)) &&
    !(at > t.end && at <= t.end + POSSESSED_CHARS)
  );
}

/** "since 1994", "sinds 2010", "seit März 2014": the year or month a state began. */
const SINCE_BEFORE = /\b(?:since|sinds|seit)\s+$/i;
const YEAR_OR_MONTH = /^\d{4}(?:-\d{2})?$/;

/**
 * "Lukashenko, who has ruled Belarus since 1994, had won 80.1% of the vote": the year a state
 * began, in a clause of its own, dates that state, not what the rest of the sentence tells.
 */
function startsStateElsewhere(t: Timex, text: string, boundaries: number): boolean {
  return (
    boundaries > 0 &&
    YEAR_OR_MONTH.test(t.value) &&
    SINCE_BEFORE.test(text.slice(Math.max(0, t.start - 7), t.start))
  );
}

export function timexDistance(t: Timex, at: number, text: string, lang: string): number {
  // A label dates all its sentence tells: no clause boundary after it, no penalty for standing first.
  if (at > t.end && isLabel(t, text)) return at - t.end;
  // A deadline, a span that dates a later clause, or a day that describes another noun dates this
  // happening only when nothing else does.
  const boundaries = at < t.start ? boundariesBetween(text, at, t.start) : boundariesBetween(text, t.end, at);
  const elsewhere =
    DEADLINE.test(text.slice(Math.max(0, t.start - 22), t.start)) ||
    datesLaterClause(t, at, text) ||
    datesOtherNoun(t, at, text) ||
    startsStateElsewhere(t, text, boundaries)
      ? DEADLINE_PENALTY
      : 0;
  if (at < t.start) return t.start - at + boundaries * CLAUSE_PENALTY + elsewhere;
  if (at > t.end) return at - t.end + beforePenalty(lang) + boundaries * CLAUSE_PENALTY + elsewhere;
  return elsewhere;
}

/** A reporting verb right before a time: "…, the government said on Saturday", "meldde zaterdag". */
const REPORTED =
  /\b(?:said|says|announced|reported|told reporters|zei|zegt|meldde|sagte)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i;
/** Nothing between a day and the trigger after it but a space ("said Thursday in a preliminary report"). */
const TOLD_IN = /^\s+$/;
/** A report's time weighs like this many characters more for what it reports: less than a deadline. */
const REPORTED_PENALTY = 300;

/**
 * The time expression nearest the trigger, preferring one in the same clause ("…, and in talks … on
 * Saturday"). For a happening reported (`reported`), the time of its report comes after any other
 * time: "struck on Friday, killing … and injuring 2,376, the government said on Saturday".
 */
export function nearestTimex(
  timexes: Timex[],
  at: number,
  text: string,
  lang: string,
  reported = false,
): Timex | undefined {
  let best: Timex | undefined;
  let bestDistance = Infinity;
  for (const t of timexes) {
    // "said Thursday in a preliminary report": a happening told right after the day is the telling.
    const report =
      reported &&
      REPORTED.test(text.slice(Math.max(0, t.start - 24), t.start)) &&
      !TOLD_IN.test(text.slice(t.end, at));
    const d = timexDistance(t, at, text, lang) + (report ? REPORTED_PENALTY : 0);
    if (d < bestDistance) {
      best = t;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * "de stemrecorder, die gisteren in de brokstukken werd gevonden": the happening whose last word
 * (ending at `end`) lies in a relative clause is dated by the clause's time, however near another
 * time of the sentence stands.
 */
function clauseTimex(timexes: readonly Timex[], end: number): Timex | undefined {
  return timexes.find((t) => t.clause && end > t.clause[0] && end <= t.clause[1]);
}

/**
 * The time of its own that dates a happening spanning [at.start, at.end) of a sentence: its clause's,
 * else the nearest of `times` (those of the sentence that may date it, of `datedCount` in all) where
 * the sentence's own time may not be the happening's: two times, one left out, or one in a clause.
 */
export function happeningTimex(
  times: Timex[],
  datedCount: number,
  at: { start: number; end: number; kind: string },
  text: string,
  lang: string,
): Timex | undefined {
  const inClause = clauseTimex(times, at.end);
  if (inClause) return inClause;
  const own = times.length >= 2 || (times.length === 1 && (times.length < datedCount || times[0]?.clause));
  return own ? nearestTimex(times, at.start, text, lang, at.kind !== 'statement') : undefined;
}

const SINCE = /\b(?:since|sinds|seit|seitdem)\b[^,;.]{0,40}$/i;

/**
 * "since 2019, when Nazarbayev stepped down": a happening told in the clause after the time
 * happened then ("arrested 300 since Monday, when the protests began" still runs since Monday).
 */
const WHEN_CLAUSE = /^\s*,?\s*(?:when|toen|als)\b/i;

/**
 * "Killed since the protests started last Sunday", "sinds de jaarwisseling": the happening runs
 * from that time up to publication, not on that day only.
 */
export function sinceUntilPublication(
  when: When,
  timex: Timex | undefined,
  text: string,
  published: string,
  happening: number,
): When {
  if (!timex || !SINCE.test(text.slice(0, timex.start)) || when.start.slice(0, 10) >= published) return when;
  if (happening > timex.end && WHEN_CLAUSE.test(text.slice(timex.end))) return when;
  return untilPublication(when, published);
}

/**
 * From `when` up to publication: a week's precision when that is a week or less, else a month's;
 * the day's when it is the day of publication or the day before, a span of two days the reader
 * sees as those days ("4–5 Aug"), not as the week they begin.
 */
export function untilPublication(when: When, published: string): When {
  const days = daysBetween(when.start.slice(0, 10), published);
  if (days <= 1) return { ...when, end: published, precision: 'day' };
  return { ...when, end: published, precision: days <= 7 ? 'week' : 'month' };
}

export function whenFrom(timex: Timex, fallback: When): When {
  if (!timex.interval) return fallback;
  // "a day after protesters stormed parliament": a duration (P1D) names no time, the day it
  // reaches does.
  const reached = timex.type === 'DURATION' && timex.interval.start === timex.interval.end;
  return {
    start: timex.interval.start,
    end: timex.interval.end,
    precision: timex.precision,
    value: reached ? timex.interval.start : timex.value,
    text: timex.text,
    confidence: fallback.confidence,
  };
}

/** The day of `when`, without its time or part of the day. */
export function dayOnly(when: When): When {
  if (when.precision !== 'time' && when.precision !== 'part-of-day') return when;
  const day = when.start.slice(0, 10);
  return { ...when, start: day, end: day, precision: 'day', value: day };
}

/**
 * "De verkiezingen gaan morgen gewoon door. Premier Kishida zei dat …": a day ahead that an
 * undated saying borrows from the sentence before is what that sentence announces; the saying
 * itself was before publication.
 */
export function borrowedAhead(
  s: { timeFrom: string; when: When },
  published: PublishedArticle['published'],
): When | undefined {
  return s.timeFrom === 'context' &&
    published.precision === 'day' &&
    s.when.start.slice(0, 10) > published.date
    ? beforePublication(published.date, false)
    : undefined;
}

/** The time lies after publication: what an announcement looks ahead to. */
export function liesAhead(t: Timex, published: PublishedArticle['published']): boolean {
  return published.precision === 'day' && t.interval !== null && t.interval.end.slice(0, 10) > published.date;
}

/** Words that make a clause a plan: "nieuwe verkiezingen zijn gepland voor 5 maart", "Neuwahlen sind … angesetzt". */
const PLANNED =
  /\b(?:planned|scheduled|due|will|shall|gepland|voorzien|zullen|zal|geplant|angesetzt|vorgesehen|soll|sollen)\b/i;

/** The clause of text around [start, end): between the clause boundaries before and after it. */
function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && boundariesBetween(text, from - 1, from) === 0) from--;
  let to = end;
  while (to < text.length && boundariesBetween(text, to, to + 1) === 0) to++;
  return text.slice(from, to);
}

/**
 * "Het parlement werd ontbonden, nieuwe verkiezingen zijn gepland voor 5 maart": a time ahead of
 * publication in another clause than the trigger, one that tells a plan, is that plan's, not when
 * the happening was.
 */
export function aheadInOtherClause(
  t: Timex,
  trigger: { start: number; end: number },
  text: string,
  published: PublishedArticle['published'],
): boolean {
  if (!liesAhead(t, published)) return false;
  const apart =
    trigger.end <= t.start
      ? boundariesBetween(text, trigger.end, t.start) > 0
      : boundariesBetween(text, t.end, trigger.start) > 0;
  return apart && PLANNED.test(clauseAround(text, t.start, t.end));
}

/**
 * "Scholz said he would call a confidence vote on January 15", "The elections will be held on
 * November 22": the one time left for an announcement lies ahead of publication, so it is what is
 * announced, not when. The announcement is then known only to lie before publication.
 */
export function announcedBeforePublication(
  timex: Timex | undefined,
  published: PublishedArticle['published'],
): When | undefined {
  return timex && liesAhead(timex, published) ? beforePublication(published.date, false) : undefined;
}
