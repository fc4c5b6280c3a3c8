/**
 * The time stage: every sentence gets its expressions and a `when`.
 *
 * - own: the sentence's own expression that dates its happening (see choose.ts);
 * - context: none of its own, so the previous dated sentence of the same paragraph, or failing that
 *   one of the next two (the paragraph's time) unless that one opens with its own time, with lower
 *   confidence; in an undated second paragraph, the lede's day;
 * - publication: nothing in the paragraph either: known only to lie before publication, from a week
 *   before the publication day (or its month) up to it, confidence 0.2.
 */
import { DAY_LEVEL } from '../day-level.ts';
import { lateBefore } from './late-evening.ts';
import { readerZoneOf } from './zone-echo.ts';
import type { Precision, PublishedArticle, TimedArticle, TimedSentence, Timex, When } from '../types.ts';
import { isBackgroundYear } from './background-year.ts';
import { beforeDay, beforePublication } from './before-publication.ts';
import { perfectPastClause } from './perfect-past.ts';
import { chooseTimex } from './choose.ts';
import { contextWhen } from './context.ts';
import { comparedCountSpan } from './compared-count.ts';
import { datesNothing } from './dates-nothing.ts';
import { isPendingDeadline, startsAhead } from './deadline.ts';
import { inRelativeClause, relativeClause } from './relative-clause.ts';
import { countedAfterClause } from './counted-after.ts';
import { saidEarlier, saidEarlierAfterTime } from './said-earlier.ts';
import { splicedClause } from './spliced-clause.ts';
import { momentAside } from './moment-aside.ts';
import { foundedAside } from './founded-aside.ts';
import { startedAfter, startedAfterClause } from './started-after.ts';
import { firstReportedClause } from './first-reported-clause.ts';
import { reportedPluperfect } from './reported-pluperfect.ts';
import { extractTimexes } from './extract.ts';
import { isLang, type Lang } from './lexicon.ts';
import { endsSpan } from './tense.ts';
import { lastsUntilNow } from './until-now.ts';
import { speakersNow } from './quote-led.ts';
import { namesAnnouncedPlan } from './announced-plan.ts';
import { startsState } from './since-state.ts';
import { liveEntryClocks, type EntryClock } from './live-entries.ts';
import { entryWhen, type EntryWhen } from './entry-when.ts';
import { looksBack } from './flashback.ts';
import { daysUpTo } from './days-up-to-now.ts';

const CONFIDENCE: Record<Precision, number> = {
  time: 0.9,
  'part-of-day': 0.85,
  day: 0.85,
  week: 0.7,
  month: 0.65,
  year: 0.6,
  'before-publication': 0.2,
};

/** How much less sure a time counted on from another is than one the text writes. */
const OFFSET_FACTOR = 0.9;

const SIGNAL: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:on|at|in|since|by|until|from|during|as of)\s+$/iu,
  nl: /(?<![\p{L}])(?:op|om|in|sinds|tot|vanaf|tijdens)\s+$/iu,
  de: /(?<![\p{L}])(?:am|um|im|in|seit|bis|ab|an)\s+$/iu,
};

function whenOf(lang: Lang, sentence: string, t: Timex, monthOnly: boolean, inferred: boolean): When {
  const signal = SIGNAL[lang].exec(sentence.slice(Math.max(0, t.start - 8), t.start))?.[0] ?? '';
  const interval = t.interval ?? { start: '', end: '' };
  let confidence = CONFIDENCE[t.precision];
  if (t.value === 'PRESENT_REF') confidence = 0.6;
  // A month-only publication date leaves weekdays and "yesterday" at month precision: say so.
  if (monthOnly && t.precision === 'month') confidence = 0.4;
  if (inferred) confidence *= 0.8;
  // "two days later" keeps TimeML's P2D as the expression's value; the happening is on the day it reaches.
  const reached = t.type === 'DURATION' && t.interval !== undefined;
  // A time reached by counting on from another ("Etwa eine Stunde später" after "Gegen 8 Uhr": 9:00)
  // is less sure than one read off the text ("om 9.11 uur"), which wins where they tell one happening.
  if (reached) confidence *= OFFSET_FACTOR;
  const value = reached ? interval.start : t.value;
  return {
    start: interval.start,
    end: interval.end,
    precision: t.precision,
    value,
    text: signal + t.text,
    confidence: round(confidence),
  };
}

/** Adverbs that may stand before a sentence's opening time: "Bereits im vergangenen Sommer …". */
const OPENING_ADVERB = /^(?:already|earlier|even|bereits|schon|noch|al|reeds|eerder|nog)$/i;

/** Nothing but a signal word before a sentence's expression: "Last month, …", "On Friday, …", "Bereits im Sommer …". */
function opensSentence(lang: Lang, before: string): boolean {
  const words = before.trim().split(/\s+/u).filter(Boolean);
  if (words.length > 0 && OPENING_ADVERB.test(words[0] ?? '')) words.shift();
  return words.length === 0 || (words.length === 1 && SIGNAL[lang].test(before));
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * What a later sentence's "the next day" or bare clock time counts from: the day, with its time or
 * evening ("dinsdagavond", "late on Tuesday"). A night is left out: "zaterdagnacht … rond 02.30
 * uur" may be either side of midnight.
 */
function anchorOf(when: When, late: boolean): string {
  if (when.precision === 'time') return when.start;
  if (when.precision === 'part-of-day' && when.value.endsWith('TNI')) return `${when.start.slice(0, 10)}TNI`;
  const evening = late || (when.precision === 'part-of-day' && when.value.endsWith('TEV'));
  return when.start.slice(0, 10) + (evening ? 'TEV' : '');
}

/** The day (and evening) a relative clause's time tells of its happening, where it is not after publication. */
function clauseDay(
  lang: Lang,
  text: string,
  timexes: readonly Timex[],
  dct: string,
  monthOnly: boolean,
  inferred: boolean,
): string | undefined {
  for (const t of timexes) {
    if (!t.clause || t.baseline || !t.interval || t.interval.start.slice(0, 10) > dct) continue;
    const when = whenOf(lang, text, t, monthOnly, inferred);
    // "de 33 mijnwerkers die sinds 5 augustus vastzitten": a state's start is no news to return to.
    if (DAY_LEVEL.has(when.precision) && !startsState(when))
      return anchorOf(when, when.precision === 'day' && lateBefore(text, t.start));
  }
  return undefined;
}

/** `localZone`: the IANA zone of the story's country, in which a live blog's GMT clocks are read. */
export function timeStage(article: PublishedArticle, localZone?: string): TimedArticle {
  // Undetermined or other languages still get numbers, ISO dates and years from the English rules.
  const lang: Lang = isLang(article.language) ? article.language : 'en';
  const dct = article.published.date;
  const monthOnly = article.published.precision === 'month';
  const inferred = article.published.inferred;
  const stamp = article.meta.published;
  const readerZone = localZone === undefined ? undefined : readerZoneOf(article.paragraphs);
  const morning = stamp?.date === dct && stamp.hour !== undefined && stamp.hour < 12;
  // "the next day" counts from the last day an earlier sentence was dated to.
  let anchor: string | undefined;
  // The day the story is at, where the sentence that named `anchor` looked back from it.
  let storyAt: string | undefined;
  // The earliest day told so far, and the paragraph that named `anchor`: a bare clock time of a
  // later paragraph goes back to the first happening, the news a report's paragraphs return to
  // ("The FBI on Sunday identified the shooter. ¶ Crooks fired … shortly after 6 p.m.": Saturday).
  let earliest: string | undefined;
  let anchorParagraph: string | undefined;
  let before: When | undefined;
  // A live blog's entry is read on its own day: "0.25 Uhr" under "Samstag, 14. November".
  const entries =
    monthOnly || inferred
      ? new Map<string, never>()
      : liveEntryClocks(lang, article.paragraphs, dct, localZone);
  const own = article.sentences.map((s, i) => {
    const entry = entries.get(s.paragraph);
    const entryAnchor = entry && anchorParagraph !== s.paragraph ? entry.day : undefined;
    const clockAnchor = entryAnchor ?? (anchorParagraph === s.paragraph ? anchor : (earliest ?? anchor));
    const opener = entry?.opener && s.start === 0 ? entry.opener : 0;
    const timexes = extractTimexes(s.text, {
      lang,
      dct: entry?.day ?? dct,
      dctPrecision: article.published.precision,
      morning,
      anchor: entryAnchor ?? anchor,
      ...(entryAnchor === undefined && storyAt !== undefined ? { partAnchor: storyAt } : {}),
      clockAnchor,
      clockBack: entryAnchor === undefined && anchorParagraph !== s.paragraph,
      ...(localZone === undefined ? {} : { localZone, ...(readerZone === undefined ? {} : { readerZone }) }),
    }).filter((t) => t.start >= opener);
    // "In a televised address on Friday, Tokayev said Almaty had been attacked": Friday is the
    // saying's; what was said lies before it.
    let saidBefore: string | undefined;
    // "up from 185 dead reported … on Monday": the day of the count compared with dates nothing reported.
    const compared = timexes.length > 0 ? comparedCountSpan(lang, s.text) : undefined;
    for (let k = 0; k < timexes.length; k++) {
      const t = timexes[k] as Timex;
      if (datesNothing(lang, s.text, t, dct, compared)) t.baseline = true;
      const said =
        timexes.length === 1 && t.precision === 'day' ? saidEarlierAfterTime(lang, s.text, t) : undefined;
      if (said && t.interval) saidBefore = t.interval.start.slice(0, 10);
      const clause =
        said ??
        relativeClause(lang, s.text, t, timexes[k - 1]) ??
        splicedClause(lang, s.text, t, timexes) ??
        foundedAside(s.text, t) ??
        momentAside(s.text, t) ??
        reportedPluperfect(lang, s.text, t, dct) ??
        firstReportedClause(lang, s.text, t) ??
        startedAfterClause(lang, s.text, t) ??
        countedAfterClause(lang, s.text, t) ??
        perfectPastClause(lang, s.text, t, dct);
      if (clause) t.clause = clause;
    }
    // "…, who was serving a sentence for the 2019 murder": someone's history dates nothing reported,
    // nor does the record a sentence compares with ("the worst flood since 1953").
    // "Er kündigte an, bis Montag … zu benennen": a deadline dates what is to be done, not the
    // announcement, which takes another time of the sentence ("teilte am Sonntag mit") or the context's.
    const chosen = chooseTimex(
      lang,
      s.text,
      timexes.filter(
        (t) =>
          !isBackgroundYear(lang, s.text, t) &&
          !t.baseline &&
          !t.clause &&
          !lastsUntilNow(s.text, t, dct) &&
          !speakersNow(s, t, article.sentences[i - 1]) &&
          !(t.interval && isPendingDeadline(lang, s.text, t.start, t.interval.end, dct)) &&
          !(!monthOnly && startsAhead(lang, s.text, t, dct, anchor)),
      ),
    );
    const when = chosen ? whenOf(lang, s.text, chosen, monthOnly, inferred) : undefined;
    // A time of day goes along, for "nine hours later".
    // "Die Evakuierung werde bis zum 31. August fortgesetzt. … landeten am Abend in Taschkent": the
    // end of what is to go on is a deadline ahead, no day the story moves on to; nor is the day of a
    // plan announced ("Sie kündigte an, am Mittwoch an die Absturzstelle zu reisen. … Am Abend wurde
    // einer der beiden Flugschreiber gefunden": that evening is the report's).
    if (
      when &&
      chosen &&
      DAY_LEVEL.has(when.precision) &&
      !(when.start.slice(0, 10) > dct && endsSpan(s.text, chosen.start)) &&
      !(when.start.slice(0, 10) > dct && namesAnnouncedPlan(lang, s.text, chosen.end))
    ) {
      const at = anchorOf(when, when.precision === 'day' && lateBefore(s.text, chosen.start));
      storyAt = looksBack(s.text, at, storyAt ?? anchor) ? (storyAt ?? anchor) : undefined;
      anchor = at;
      anchorParagraph = s.paragraph;
      if (earliest === undefined || at.slice(0, 10) < earliest.slice(0, 10)) earliest = at;
    }
    // "A German man who shot dead nine people … on Wednesday night had posted a manifesto": the
    // clause dates only its own happening, yet that is the news a later paragraph's bare clock time
    // ("opened fire … shortly before 10 p.m.") returns to.
    const told =
      earliest === undefined ? clauseDay(lang, s.text, timexes, dct, monthOnly, inferred) : undefined;
    if (told) earliest = told;
    return {
      timexes,
      when,
      opens: chosen !== undefined && opensSentence(lang, s.text.slice(0, chosen.start)),
      lends: chosen === undefined || !inRelativeClause(lang, s.text, chosen),
      saidBefore,
    };
  });
  // Object.assign, not a spread with more keys after it ({ ...s, timexes }): Node builds the latter
  // many times slower, and this runs for every sentence.
  // "Bei den Unruhen sind … getötet worden. Mehr als 3000 Menschen wurden festgenommen.": news an
  // entry tells now or in the perfect goes on in the past, on the entry's day.
  let onEntryDay: string | undefined;
  let continues = false;
  const ofEntry = (s: { text: string; paragraph: string }, entry: EntryClock): EntryWhen => {
    const at = entryWhen(lang, s.text, entry, continues);
    if (at.when.precision !== 'before-publication') onEntryDay = s.paragraph;
    return at;
  };
  const sentences: TimedSentence[] = article.sentences.map((s, i) => {
    continues = onEntryDay === s.paragraph;
    onEntryDay = undefined;
    const { timexes, when, saidBefore } = own[i] ?? { timexes: [], when: undefined, saidBefore: undefined };
    const upToNow = when ?? daysUpTo(lang, s.text, timexes, dct, monthOnly);
    if (upToNow) return Object.assign({}, s, { timexes, when: upToNow, timeFrom: 'own' as const });
    if (saidBefore)
      return Object.assign({}, s, { timexes, when: beforeDay(saidBefore), timeFrom: 'context' as const });
    // An entry's undated sentence goes with a time of its own paragraph, else with the entry's clock:
    // what happens as the entry is written is dated by its clock as by an expression of its own.
    const entry = entries.get(s.paragraph);
    if (entry && !article.sentences.some((o, j) => o.paragraph === s.paragraph && own[j]?.when)) {
      const at = ofEntry(s, entry);
      return Object.assign({}, s, {
        timexes,
        when: at.when,
        timeFrom: at.own ? ('own' as const) : ('context' as const),
      });
    }
    const around = startedAfter(lang, s.text, timexes, article, contextWhen(lang, article, own, i));
    // "He said … had attacked": the day around it is the saying's; what was said lies before it.
    const said =
      around && timexes.length === 0 && DAY_LEVEL.has(around.precision) && saidEarlier(lang, s.text);
    if (said)
      return Object.assign({}, s, {
        timexes,
        when: beforeDay(around.start.slice(0, 10)),
        timeFrom: 'context' as const,
        saidOn: around,
      });
    if (around) return Object.assign({}, s, { timexes, when: around, timeFrom: 'context' as const });
    // An entry's sentence beside one of its own time ("Bereits gestern waren …") that no context
    // dates is still the entry's, not the blog's publication's.
    if (entry)
      return Object.assign({}, s, {
        timexes,
        when: ofEntry(s, entry).when,
        timeFrom: 'context' as const,
      });
    return Object.assign({}, s, {
      timexes,
      when: { ...(before ??= beforePublication(dct, monthOnly)) },
      timeFrom: 'publication' as const,
    });
  });
  return Object.assign({}, article, { sentences });
}
