import type { AnnotatedArticle, AnnotatedSentence, When } from '../types.ts';
import { describingPhrase } from './described.ts';
import type { CompiledTrigger } from './compiled.ts';
import type { EventCandidate } from './event-candidate.ts';
import type { PlacedFigure } from './figures.ts';
import type { TriggerHit } from './happenings.ts';
import type { KindEntry } from './lexicon.ts';
import type { Match } from './match.ts';
import type { Token } from './tokenize.ts';
import { newsInPluperfect } from '../pluperfect.ts';
import { isLang } from '../time/lexicon.ts';
import { callsSum } from '../time/summed-count.ts';
import { daysCounted } from './days-counted.ts';
import { countedInPerfect } from '../time/count-so-far.ts';
import {
  countsSinceStart,
  countsSoFarAfterDay,
  countsSoFarByReport,
  reportDay,
  runningTotalWhen,
} from './since-start.ts';
import { DAY_LEVEL } from '../day-level.ts';
import { isStandingCount } from './standing-count.ts';
import { namesRecalled, type StoryTimes } from './story-times.ts';
import { deadOfToldHappening, tollOfToldHappenings, withTollOfToldHappening } from './told-toll.ts';
import { declaresDayAhead, endsOnSource } from './trailing-source.ts';
import { atTheScene } from './at-the-scene.ts';
import { dayOfNamed, dayOfWhen } from './day-of-named.ts';
import { saidAfterwards } from '../time/said-afterwards.ts';
import { dayOnly } from './time.ts';
import { recalledInClause } from './recalled-clause.ts';
import { beforeDay } from '../time/before-publication.ts';
import { beganOn } from './began-since.ts';
import { opensWithQuote } from './quotes.ts';
import { saidAroundReport, saysNow } from './says-now.ts';

/** Words that put what a sentence tells at the time told before it: "toen", "then", "damals". */
const THEN = /(?<![\p{L}])(?:then|at the time|toen|destijds|damals|da|seinerzeit)(?![\p{L}])/iu;

/** One candidate of a sentence, with what dating it from the rest of the article needs. */
export interface StoryDating {
  article: AnnotatedArticle;
  s: AnnotatedSentence;
  tokens: readonly Token[];
  raw: readonly { item: CompiledTrigger; match: Match }[];
  h: TriggerHit;
  kind: KindEntry;
  c: EventCandidate;
  own: readonly PlacedFigure[];
  /** Named with a definite article ("the attack", "de uitvaart"). */
  definite: boolean;
  /** The sentence's day is only the day its news was said ("…, the police said on Friday"). */
  saidOnItsDay: () => boolean;
  recallsOf: (kind: string) => readonly string[] | undefined;
  story: StoryTimes;
  /** The happenings the article named, first first: rare or told once, no tally; with a noun, those it names. */
  happenings: (nouns?: readonly string[]) => readonly string[];
  /** The sentence before, in its paragraph, gave an undated count: this one may run on from it. */
  undatedCountBefore: () => boolean;
}

/**
 * Dates a candidate whose sentence tells no day of its own from the article around it, and notes
 * the time of one that does for the sentences after it. Sets `c.when` (and `saidOf`,
 * `runningTotal`, `tally` where the time found says so).
 */
export function dateFromStory(d: StoryDating): void {
  const { article, s, tokens, raw, h, kind, c, story } = d;
  if (h.began) return beganOn(c);
  if (h.kind === 'statement' && s.timexes.length === 0 && opensWithQuote(s.text)) c.quoteLed = true;
  // "He said some 20,000 "bandits" had attacked Almaty": the saying is of the day around it, only
  // what was said lies before it.
  if (h.kind === 'statement' && s.saidOn) c.when = s.saidOn;
  // "Polls closed at 10 p.m. on Thursday. Turnout was about 60%": the clock is the polls'.
  if (kind.wholeDay === true && s.timeFrom === 'context') c.when = dayOnly(c.when);
  // "The man killed was Corey Comperatore, …, Shapiro said on Sunday": a happening named again
  // in a sentence dated only by its report took place when it was first told. A saying, or
  // what it announces, is no happening told before.
  const reportOnly = !kind.announces && d.saidOnItsDay();
  // "Genoa said goodbye on Saturday to the victims of the collapse": the day is what those people
  // did or had done to them; the happening that names them gives no reading of it.
  if (s.timeFrom === 'own' && describingPhrase(s.text, h.start) >= 0) c.saidOf = true;
  if (reportOnly && recalledInClause(s.text, h.start)) {
    c.when = beforeDay(c.when.start.slice(0, 10));
    return;
  }
  // A standing count ("the number of people detained now stands at 62") belongs to what it
  // counts, whether the sentence says "now" or sits beside another day.
  // A happening that befalls someone once and is no tally ("de uitvaart") named again is the
  // one told before, whatever day the paragraph around it tells.
  // "Codelco, which has been leading the search, said it would bring in more drilling rigs" after
  // "may not be back on the surface before Christmas": a day still ahead of the report is a plan,
  // no happening a mention of the report's days can name again.
  const recalled = toldBeforeReport(
    ((s.timeFrom === 'publication' || reportOnly) &&
      (d.definite || namesRecalled(h.kind, kind.recalls, raw, tokens))) ||
      (s.timeFrom === 'context' && kind.once === true && !kind.tallied && d.definite) ||
      ((s.timeFrom !== 'own' || s.when.value === 'PRESENT_REF') && isStandingCount(tokens, h.start))
      ? story.recall(h.kind, kind.recalls)
      : undefined,
    article.published.date,
  );
  // Told with no time of its own or of its paragraph: only known to come before publication.
  const undated = s.timeFrom === 'publication' && c.when.precision === 'before-publication';
  // "noch am Tatort festgenommen": on the day of the deed whose scene it was.
  const lang = article.language;
  const scene =
    !recalled &&
    kind.scene !== undefined &&
    kind.scene.length > 0 &&
    undated &&
    isLang(lang) &&
    atTheScene(lang, s.text)
      ? story.recall(kind.scene[0] ?? h.kind, kind.scene.slice(1))
      : undefined;
  // "found on the day of the crash": on the day the article gave the crash.
  const dayOf = !recalled && !scene && undated ? dayOfNamed(s.text, h.kind, raw) : undefined;
  const named =
    dayOf && dayOfWhen(dayOf.kinds, d.happenings(dayOf.nouns), (k) => story.recall(k, d.recallsOf(k)));
  const carried =
    recalled || scene || named || kind.announces || !undated
      ? undefined
      : story.carried(s.paragraph, s.index);
  // '"…", sagte Merkel' with no time of its own, after her statement: the quotation of that statement.
  const quoted =
    h.kind === 'statement' && undated && c.agent !== undefined && opensWithQuote(s.text)
      ? story.saidJustBefore(c.agent, s.index)
      : undefined;
  // "President Tokayev says …": said as of the report, on its day or the day before.
  const present =
    h.kind === 'statement' &&
    undated &&
    article.published.precision === 'day' &&
    isLang(lang) &&
    saysNow(lang, s.text)
      ? saidAroundReport(article.published.date, PRESENT_CONFIDENCE)
      : undefined;
  // What a statement speaks of dates it only as "since then": nothing else notes its time.
  const spokenOf =
    kind.announces && s.timeFrom === 'publication' && article.published.precision === 'day'
      ? story.spokenOf(
          raw,
          tokens,
          article.published.date,
          d.recallsOf,
          newsInPluperfect(s.text),
          isLang(lang) && saidAfterwards(lang, s.text),
        )
      : undefined;
  // What a source told the report, with no time of its own and no pluperfect, is its news; so is
  // a declaration of a day still ahead. Not a count or a toll: those join other days' as tallies.
  const sourced =
    !kind.announces &&
    !kind.tallied &&
    c.figures.length === 0 &&
    !spokenOf &&
    s.timeFrom === 'publication' &&
    article.published.precision === 'day' &&
    isLang(lang) &&
    (endsOnSource(lang, s.text) || declaresDayAhead(lang, s.text, s.timexes, article.published.date)) &&
    !newsInPluperfect(s.text)
      ? story.freshNews(article.published.date)
      : undefined;
  // "wurden landesweit inzwischen 4404 Menschen festgenommen": an undated count of those the kind
  // befalls so far (not a toll, which joins other days' as a tally) is the count of the report's day.
  const soFar =
    kind.runs === true &&
    !kind.tallied &&
    ((s.timeFrom === 'publication' && isLang(lang) && countsSoFarByReport(lang, s.text)) ||
      // "Bei den Unruhen Anfang Januar waren … getötet worden. Die Behörden hatten mehr als 10.000
      // Menschen festgenommen": a stretch told before dates what befell them there, not the count.
      // "Afgelopen zomer … Toen werden twee verdachten aangehouden": unless it says it was then. A
      // sentence before that told no time lends none.
      (s.timeFrom === 'context' &&
        s.when.precision !== 'before-publication' &&
        !DAY_LEVEL.has(s.when.precision) &&
        !THEN.test(s.text)) ||
      // "Betogers bestormden gisteren het stadhuis … zijn ruim 2000 mensen opgepakt": as of the report.
      (s.timeFrom === 'context' &&
        DAY_LEVEL.has(s.when.precision) &&
        s.when.end.slice(0, 10) < article.published.date &&
        isLang(lang) &&
        countsSoFarAfterDay(lang, s.text)));
  // "some 1,500 people had been detained in all": a sum over the story is a running total too.
  const total =
    d.own.length > 0 && (countsSinceStart(s.text) || callsSum(s.text))
      ? runningTotalWhen(c.when, s.timeFrom, article.published)
      : undefined;
  // "Koning Mohammed VI heeft drie dagen van nationale rouw afgekondigd" after the quake of Friday
  // evening: an answer to the story's happening came after it, not in the week before the report.
  const answers = kind.answers === true && undated && isLang(lang) && !newsInPluperfect(s.text);
  // A tally's count that no running total, recalled happening or carried day has dated yet.
  const toll = !total && !recalled && !carried && kind.tallied && d.own.length > 0;
  // "In all, 17 people died in the three days of violence": the toll of the story's first days.
  const days =
    kind.tallied && d.own.length > 0 && s.timeFrom !== 'own' && isLang(lang)
      ? daysCounted(lang, s.text)
      : undefined;
  const firstDays = days !== undefined ? story.firstDays(c.when, days, article.published.date) : undefined;
  if (firstDays) {
    c.when = firstDays;
    c.runningTotal = true;
    c.tally = true;
    // "At least 29 people were killed in the two fires": the running toll of the happenings told.
  } else if (
    toll &&
    isLang(lang) &&
    ((undated && tollOfToldHappenings(lang, s.text)) ||
      deadOfToldHappening(lang, s.text, h.end) ||
      withTollOfToldHappening(lang, s.text, h.start))
  ) {
    c.when = story.sinceEarliest(c.when);
    c.tally = true;
    c.toldToll = true;
  } else if (
    toll &&
    undated &&
    c.killer === undefined &&
    raw.every((r) => r.item.kind === h.kind) &&
    isLang(lang) &&
    !countedInPerfect(lang, s.text) &&
    !d.undatedCountBefore()
  ) {
    // A toll in the past that names no happening and tells nothing else counts the dead of the
    // story's own, since the earliest day its article told; one in the present perfect ("at least
    // 215 people have been killed") may count since long before.
    c.when = story.fromEarliest(c.when);
    story.note(h.kind, c.when);
  } else if (total) {
    c.when = total;
    c.runningTotal = true;
    // The dead since the offensive began, counted on the day of the report, may be days older.
    if (kind.tallied) c.tally = true;
  } else if (soFar && d.own.length > 0 && !recalled) {
    c.when = reportDay(article.published, c.when) ?? c.when;
    c.runningTotal = true;
  } else if (scene) {
    c.when = dayOnly(scene);
  } else if (named) {
    c.when = dayOnly(named);
  } else if (recalled) {
    c.when = recalled;
    if (reportOnly) c.saidOf = true;
    story.recalledIn(s.paragraph, s.index, recalled);
  } else if (carried) c.when = carried;
  else if (quoted) c.when = quoted;
  else if (spokenOf && c.when.precision === 'before-publication') c.when = spokenOf;
  else if (sourced && c.when.precision === 'before-publication') c.when = sourced;
  else if (present && c.when.precision === 'before-publication') c.when = present;
  else if (answers) c.when = story.fromEarliest(c.when);
  // A quotation dates no saying after it: the statement it quotes did.
  else if (!c.quoteLed) story.note(h.kind, c.when);
  if (h.kind === 'statement' && c.agent !== undefined) story.said(c.agent, c.when, s.index);
}

/** A saying told in the present is of the report's last day or two, not known to the hour. */
const PRESENT_CONFIDENCE = 0.6;

/** `when` where it starts no later than the day (or month, when only that is known) of publication. */
function toldBeforeReport(when: When | undefined, published: string): When | undefined {
  return when && when.start.slice(0, published.length) <= published ? when : undefined;
}
