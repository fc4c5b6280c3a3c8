/**
 * What an article's weekday references say about the day it was written on: a weekday named as
 * today must be that day; weekdays told as past fall in the week before it.
 */
import { toldInPluperfect } from './pluperfect.ts';
import { daysBetween, shift } from './iso-day.ts';
import { pastDay } from './story-start.ts';
import type { LanguageArticle } from './types.ts';
import { WEEKDAY_NAMES, weekdayMentions, weekdayOf } from './weekdays.ts';
import { tellsWeekAgo } from './week-ago.ts';
import { countingLede } from './days-after-start.ts';
import { countedSince, type CountedSince } from './days-since-date.ts';
import { tellsFollowed } from './followed-on.ts';
import { tellsWeekEarlier } from './week-earlier.ts';
import { daysCounted } from './pluperfect-lead-up.ts';

export interface WeekdayEvidence {
  past: Set<number>;
  today: Set<number>;
  /** Weekdays told as past only in the pluperfect: before what the text tells in the simple past. */
  earlier: Set<number>;
  /** Weekdays told as the start of what goes on as the report is written: before its day. */
  since: Set<number>;
  /** Weekdays told as days of the week before the report's ("vorige week woensdag"). */
  lastWeek: Set<number>;
  /** Weekdays told as ahead by their verb and never as past ("raakt donderdagochtend op"): after the report's day. */
  ahead: Set<number>;
  /** The text tells the day before it was written ("yesterday", "gisteren", "gestern"). */
  yesterday: boolean;
  /** The text tells something as of last week, no weekday named ("last week", "afgelopen week", "letzte Woche"). */
  weekBefore: boolean;
  /** The text tells something as a week ago ("a week ago", "een week geleden", "vor einer Woche"). */
  weekAgo?: true;
  /** The days the opening paragraph counts since a happening it names no date of ("Three days after the explosion, …"). */
  daysAfter?: number;
  /** The days a sentence counts since a day it names by its date ("three weeks after … on Jan. 7"). */
  counted?: CountedSince;
  /**
   * The days the opening counts since a day it names by its date ("Een dag na het referendum van
   * zondag 1 oktober"): counted from that day, not from the story's first day.
   */
  ledeCounted?: CountedSince;
  /**
   * Weekdays a sentence tells something happened on, each with the later weekday it tells it was
   * made known on ("taken into custody on Saturday evening, … announced on Sunday").
   */
  madeKnownAfter: (readonly [happened: number, madeKnown: number])[];
  /**
   * Weekdays a sentence tells something on, each with the weekday the next sentence tells what
   * followed it on ("opened on Monday. A second followed on Thursday"): see followed-on.ts.
   */
  followedAfter: (readonly [first: number, next: number])[];
  /**
   * The one weekday a sentence tells in the pluperfect, with the days it counts to it ("hatten sie
   * am Montagabend nach neun Tagen lebend gefunden"): see pluperfect-lead-up.ts.
   */
  earlierCounted?: { day: number; days: number };
  /** The weekday the next sentence counts a week back from ("applied on Friday. … a week earlier"): see week-earlier.ts. */
  weekEarlier?: number;
  /** The one weekday the opening sentence tells as past: the day of the report's news. */
  lead?: number;
  /**
   * The one weekday the first sentence of the opening paragraph that tells any tells as past ("Dat
   * zei Wray woensdag" after a lede without a day): the day of the news, where nothing else dates it.
   */
  opening?: number;
  /** The opening sentence tells only the weekday something goes on since ("Seit Mittwoch stehen sie an"). */
  openedSince?: true;
}

/** The day before the report's, with its parts: "yesterday evening", "gisteravond", "gestern Abend". */
const YESTERDAY =
  /(?<![\p{L}])(?:yesterday|gisteren|gister(?:ochtend|middag|avond|nacht)|gestern)(?![\p{L}])/iu;

const WEEK_BEFORE =
  /(?<![\p{L}])(?:last|vorige|afgelopen|verleden|letzte|letzten|vergangene|vergangenen)\s+(?:week|woche)(?![\p{L}])/iu;

/** What the article says about the weekday it was written on. */
export function weekdayEvidence(
  article: Pick<LanguageArticle, 'sentences'> & Partial<Pick<LanguageArticle, 'language'>>,
): WeekdayEvidence {
  const past = new Set<number>();
  const today = new Set<number>();
  const earlier = new Set<number>();
  const plain = new Set<number>();
  const since = new Set<number>();
  const lastWeek = new Set<number>();
  const ahead = new Set<number>();
  const lastNamed = new Set<number>();
  const bare = new Set<number>();
  let yesterday = false;
  let weekBefore = false;
  let weekAgo = false;
  const counting = countingLede(article.sentences);
  const ledeCounted = counting && countedSince(counting.text);
  // An opening that names the day it counts from counts from that day, not the story's first.
  const daysAfter = ledeCounted ? undefined : counting?.days;
  const madeKnownAfter: (readonly [number, number])[] = [];
  const followedAfter: (readonly [number, number])[] = [];
  /** The one weekday the sentence before told as past, with that sentence's index. */
  let before: readonly [index: number, day: number] | undefined;
  let weekEarlier: number | undefined;
  let lead: number | undefined;
  let opening: number | undefined;
  let openingRead = false;
  let openedSince = false;
  const lede = article.sentences[0]?.paragraph;
  let counted: CountedSince | undefined;
  let earlierCounted: { day: number; days: number } | undefined;
  for (const s of article.sentences) {
    yesterday ||= YESTERDAY.test(s.text);
    weekAgo ||= tellsWeekAgo(s.text);
    const mentions = weekdayMentions(s.text, article.language);
    if (!counted) {
      const c = countedSince(s.text);
      const told = new Set(mentions.filter((m) => m.relation === 'past').map((m) => m.day));
      const [weekday] = told;
      // "Een dag na het referendum van zondag 1 oktober": that Sunday is the day counted from.
      const countedTo = weekday !== c?.fromWeekday;
      if (c) counted = told.size === 1 && weekday !== undefined && countedTo ? { ...c, weekday } : c;
    }
    weekBefore ||= WEEK_BEFORE.test(s.text) && !mentions.some((m) => m.lastWeek);
    // What the pluperfect tells a week earlier may have led up to the story rather than be part of it.
    if (before && before[0] === s.index - 1 && tellsWeekEarlier(s.text) && !toldInPluperfect(s.text))
      weekEarlier ??= before[1];
    if (mentions.length === 0) continue;
    const told = new Set(mentions.filter((m) => m.relation === 'past').map((m) => m.day));
    // "dat sinds afgelopen vrijdagavond op zijn zij ligt": a weekday told as the start of what goes
    // on is not the day of the news the opening tells.
    const news = new Set(mentions.filter((m) => m.relation === 'past' && !m.since).map((m) => m.day));
    if (s.index === 0 && news.size === 1) [lead] = news;
    if (s.index === 0 && news.size === 0 && mentions.some((m) => m.since)) openedSince = true;
    const [only] = told;
    if (told.size === 1 && only !== undefined) {
      if (before && before[0] === s.index - 1 && before[1] !== only && tellsFollowed(s.text))
        followedAfter.push([before[1], only]);
      before = [s.index, only];
    } else before = undefined;
    if (!openingRead && s.paragraph === lede && news.size > 0) {
      openingRead = true;
      if (news.size === 1) [opening] = news;
    }
    let pluperfect: boolean | undefined;
    let happened: number | undefined;
    for (const m of mentions) {
      if (m.relation === 'past' && !m.lastWeek && !m.since) {
        if (!m.madeKnown) happened ??= m.day;
        else if (happened !== undefined && happened !== m.day) madeKnownAfter.push([happened, m.day]);
      }
      if (m.relation === 'today') today.add(m.day);
      if (m.ahead) ahead.add(m.day);
      // A day of the week before the last lies outside the week before the day of writing.
      if (m.relation === 'past' && m.lastWeek) lastWeek.add(m.day);
      if (m.relation !== 'past' || m.lastWeek) continue;
      (m.lastNamed ? lastNamed : bare).add(m.day);
      past.add(m.day);
      if (m.since) since.add(m.day);
      pluperfect ??= toldInPluperfect(s.text);
      (pluperfect ? earlier : plain).add(m.day);
    }
    if (pluperfect && told.size === 1 && only !== undefined && !earlierCounted) {
      const days = daysCounted(s.text);
      if (days !== undefined) earlierCounted = { day: only, days };
    }
  }
  // "said on Friday … Already last Friday the police had": the Friday told as last is a week before.
  for (const d of lastNamed) if (bare.has(d)) lastWeek.add(d);
  for (const d of plain) earlier.delete(d);
  for (const d of past) ahead.delete(d);
  return {
    past,
    today,
    earlier,
    since,
    lastWeek,
    ahead,
    yesterday,
    weekBefore,
    madeKnownAfter,
    followedAfter,
    ...(weekAgo ? { weekAgo: true as const } : {}),
    ...(weekEarlier === undefined ? {} : { weekEarlier }),
    ...(earlierCounted && earlier.has(earlierCounted.day) ? { earlierCounted } : {}),
    ...(daysAfter === undefined ? {} : { daysAfter }),
    ...(counted === undefined ? {} : { counted }),
    ...(ledeCounted === undefined ? {} : { ledeCounted }),
    ...(lead === undefined ? {} : { lead }),
    ...(opening === undefined ? {} : { opening }),
    ...(openedSince ? { openedSince: true as const } : {}),
  };
}

/**
 * Days a report may tell as past after its opening sentence's day: the opening tells the news,
 * and what follows goes back from it or adds what came of it in the next day or two.
 */
const AFTER_LEAD_DAYS = 2;

/**
 * Why `date` cannot be the day a document was written, or null: read from it, a weekday the text
 * tells as past would fall well after the day its opening sentence tells ("heeft dinsdag het
 * parlement ontbonden … trad maandag af", read from a Monday, puts the news six days before).
 */
export function leadConflict(date: string, evidence: Pick<WeekdayEvidence, 'past' | 'lead'>): string | null {
  if (evidence.lead === undefined) return null;
  const lead = pastDay(date, evidence.lead);
  for (const d of evidence.past) {
    const day = pastDay(date, d);
    if (day > shift(lead, AFTER_LEAD_DAYS))
      return `read from ${date}, the ${WEEKDAY_NAMES[evidence.lead]} its opening sentence tells would fall ${daysBetween(lead, day)} days before the ${WEEKDAY_NAMES[d]} it tells after`;
  }
  return null;
}

/**
 * Why `date` cannot be the day a document was written, or null: read from it, a weekday a sentence
 * tells something happened on would fall after the weekday it tells it was made known on.
 */
export function madeKnownConflict(
  date: string,
  evidence: Pick<WeekdayEvidence, 'madeKnownAfter'>,
): string | null {
  for (const [happened, madeKnown] of evidence.madeKnownAfter) {
    if (pastDay(date, happened) > pastDay(date, madeKnown))
      return `read from ${date}, the ${WEEKDAY_NAMES[happened]} it tells something happened on would fall after the ${WEEKDAY_NAMES[madeKnown]} it was made known on`;
  }
  return null;
}

function names(days: Set<number>): string {
  return [...days]
    .sort((a, b) => a - b)
    .map((d) => WEEKDAY_NAMES[d])
    .join(', ');
}

/** Checks a candidate day against the weekdays the text mentions; returns why it cannot be, or null. */
export function weekdayConflict(date: string, evidence: Pick<WeekdayEvidence, 'today'>): string | null {
  const day = weekdayOf(date);
  for (const t of evidence.today) {
    if (t !== day) return `the text calls ${WEEKDAY_NAMES[t]} today but ${date} is a ${WEEKDAY_NAMES[day]}`;
  }
  return null;
}

export function weekdayNote(date: string, evidence: WeekdayEvidence): string {
  const parts: string[] = [];
  if (evidence.today.size > 0) parts.push(`it names ${names(evidence.today)} as today`);
  if (evidence.past.size > 0) {
    parts.push(
      `the weekdays it tells as past (${names(evidence.past)}) fall in the week before ${WEEKDAY_NAMES[weekdayOf(date)]} ${date}`,
    );
  }
  return parts.length > 0 ? `; consistent with the text: ${parts.join(', ')}` : '';
}

/**
 * The weekday of the news a report leads with: its opening sentence's, or, where that sentence
 * tells only what goes on since a day ("Seit Mittwoch …"), the one the lede tells next ("Am
 * Samstagmorgen schätzte das Ministerium …").
 */
export function newsLead(
  evidence: Pick<WeekdayEvidence, 'lead' | 'opening' | 'openedSince'>,
): number | undefined {
  return evidence.lead ?? (evidence.openedSince ? evidence.opening : undefined);
}

/** Days the news a report leads with may lie before that of the latest report it follows. */
const LEAD_BEFORE_NEWS_DAYS = 1;

/**
 * Why a report that tells what a report of `news` first told cannot have been written on `date`,
 * or null: read from it, the weekday its opening sentence tells would fall days before that report.
 */
export function leadBeforeNews(
  date: string,
  evidence: Pick<WeekdayEvidence, 'lead'>,
  news: string,
): string | null {
  if (evidence.lead === undefined) return null;
  const lead = pastDay(date, evidence.lead);
  return lead < shift(news, -LEAD_BEFORE_NEWS_DAYS)
    ? `read from ${date}, the ${WEEKDAY_NAMES[evidence.lead]} its opening sentence tells (${lead}) would lie before what that report first told`
    : null;
}

/** leadBeforeNews, for the news the report leads with (see newsLead). */
export function newsLeadBefore(
  date: string,
  evidence: Pick<WeekdayEvidence, 'lead' | 'opening' | 'openedSince'>,
  news: string,
): string | null {
  return leadBeforeNews(date, { lead: newsLead(evidence) }, news);
}
