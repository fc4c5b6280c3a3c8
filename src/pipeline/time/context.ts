/**
 * A sentence with no time of its own takes the time of its context: the previous dated sentence of
 * its paragraph, else one of the next two, else the lede's day (see stage.ts).
 */
import { DAY_LEVEL } from '../day-level.ts';
import { newsInPluperfect, toldInPluperfect } from '../pluperfect.ts';
import type { PublishedArticle, Sentence, Timex, When } from '../types.ts';
import { addsWounded } from './added-count.ts';
import { afterNight } from './after-night.ts';
import type { Lang } from './lexicon.ts';
import { countedByNow, countsSoFar } from './count-so-far.ts';
import { countedSince } from './counted-since.ts';
import { holdsStill, toldAgain, toldAsEarlier, toldLater, wentBefore } from './lookahead.ts';
import { beforePublication } from './before-publication.ts';
import { shortlyAfterTold } from './shortly-after.ts';
import { endsState, startsState } from './since-state.ts';
import { goesOnNow, reportsInPresent, toldInPast } from './tense.ts';
import { daysBetween } from '../iso-day.ts';
import { saidAfterwards } from './said-afterwards.ts';
import { namedLastBefore } from './thereby.ts';
import { afterOpeningQuote, speakerGoesOn } from './quote-led.ts';

/** Sentences a paragraph's later date may reach back over. */
const LOOKAHEAD = 2;

/** A time that starts after the article's day (or month, when only its month is known). */
function afterPublication(when: When, article: PublishedArticle): boolean {
  const { date, precision } = article.published;
  return precision === 'month' ? when.start.slice(0, 7) > date.slice(0, 7) : when.start.slice(0, 10) > date;
}

/** A context time keeps no `text`: the expression was written in another sentence. */
function fromContext(when: When, factor: number): When {
  return {
    start: when.start,
    end: when.end,
    precision: when.precision,
    value: when.value,
    confidence: Math.round(Math.min(when.confidence, 0.85) * factor * 100) / 100,
  };
}

/**
 * From the day of `when` up to publication: known only to lie between a day told before it and
 * the report, with the low confidence of a time before publication.
 */
function sinceDay(when: When, article: PublishedArticle): When {
  const before = beforePublication(article.published.date, article.published.precision === 'month');
  const day = when.start.slice(0, 10);
  return day > before.start && day <= before.end ? { ...before, start: day } : before;
}

/** More than a month: a day that far before publication is a recap's, not the news of the report. */
const RECAP_DAYS = 31;

function longBefore(when: When, article: PublishedArticle): boolean {
  return (
    article.published.precision === 'day' &&
    daysBetween(when.end.slice(0, 10), article.published.date) > RECAP_DAYS
  );
}

/** More than a week: a day that far before the report is no day of what someone says now. */
const SAYING_NOW_DAYS = 7;

function sayingNowAfter(when: When, article: PublishedArticle): boolean {
  return (
    article.published.precision === 'day' &&
    daysBetween(when.end.slice(0, 10), article.published.date) > SAYING_NOW_DAYS
  );
}

/**
 * The previous dated sentence of the paragraph (0.8 of its confidence), else one of the next two
 * (0.6): the paragraph's time.
 */
export function contextWhen(
  lang: Lang,
  article: PublishedArticle,
  own: { when?: When; opens: boolean; lends?: boolean; timexes?: readonly Timex[] }[],
  i: number,
): When | undefined {
  const sentence = article.sentences[i];
  if (!sentence) return undefined;
  const previous = article.sentences[i - 1];
  const named =
    previous?.paragraph === sentence.paragraph
      ? namedLastBefore(
          lang,
          sentence.text,
          own[i - 1]?.timexes,
          own[i - 1]?.when?.start.slice(0, 10),
          article.published.date,
        )
      : undefined;
  if (named?.interval)
    return fromContext(
      { ...named.interval, precision: named.precision, value: named.value, confidence: 1 },
      0.8,
    );
  // "resigned within minutes of the speech": the day of the speech the text told before.
  const after = shortlyAfterTold(lang, article.sentences, own, i);
  if (after) return after;
  const paragraph = sentence.paragraph;
  // '"…," he said' goes on from the sentence before; '"…," seismologist Bjorn Lund said' after a
  // sentence on the blasts at 2:03 a.m. is a new voice; a later sentence dates it only naming its speaker.
  const afterQuote = afterOpeningQuote(sentence.text);
  const before = article.sentences[i - 1];
  const newVoice =
    afterQuote !== undefined &&
    (before?.paragraph !== paragraph || !speakerGoesOn(afterQuote, before?.text ?? ''));
  for (let j = newVoice ? -1 : i - 1; j >= 0 && article.sentences[j]?.paragraph === paragraph; j--) {
    const when = own[j]?.when;
    // "Legerchef Min Aung Hlaing heeft nu alle macht in handen. Het leger riep de noodtoestand uit":
    // a state that holds now is no frame for what the paragraph tells next.
    if (when?.value === 'PRESENT_REF') continue;
    // "Loekasjenko regeert al sinds 1994. Hij noemde de betogers criminelen": the year a state began
    // frames nothing the next sentence tells.
    if (when && startsState(when) && !DAY_LEVEL.has(when.precision)) return undefined;
    // "Torres war bis Sonntag Sicherheitschef. Moraes wirft ihm vor, …": the day a state ended is
    // not when someone says something of it now.
    if (when && endsState(when) && reportsInPresent(lang, sentence.text)) return undefined;
    // "Rutte treedt woensdag af. Dat heeft hij zondag bekendgemaakt" without "zondag": what is told
    // in the past happened before publication, not on the day ahead the sentence before names.
    if (when && afterPublication(when, article) && toldInPast(lang, sentence.text)) return undefined;
    // "De laatste militairen hebben Kazachstan woensdag verlaten. … De CSTO had ruim 2000 militairen
    // gestuurd": what is told in the pluperfect after a day told in the past came before that day.
    if (when && toldEarlierThan(sentence, article.sentences[j])) return undefined;
    // "… after defeats in 1974 and 1978. Coach Bert van Marwijk said after the match …": words said
    // after the news are of its day, not of a year or month the sentence before looks back to.
    if (when && !DAY_LEVEL.has(when.precision) && saidAfterwards(lang, sentence.text)) return undefined;
    // "… collapsed on Aug. 14, 2018. Prosecutors are investigating more than 70 people": what goes
    // on as a report written long after that day is written is of its own day.
    if (when && DAY_LEVEL.has(when.precision) && longBefore(when, article) && goesOnNow(lang, sentence.text))
      return undefined;
    // "Een buitenlandse inlichtingendienst zou op 4 april hebben gemeld … Premier Wickremesinghe zegt
    // dat hij niet op de hoogte was": a saying in the present is the report's, not of a day weeks before.
    if (
      when &&
      DAY_LEVEL.has(when.precision) &&
      sayingNowAfter(when, article) &&
      reportsInPresent(lang, sentence.text)
    )
      return undefined;
    // "Dozens are still missing": what still holds is now, whatever day the sentences around it tell.
    if (when)
      return holdsStill(lang, sentence.text)
        ? undefined
        : fromContext(
            countedSince(sentence.text, when, article.published) ??
              afterNight(when, article.sentences, j + 1, i),
            0.8,
          );
  }
  // "… fünf weitere Menschen verletzt": further wounded are the lede's happening's.
  const added = addsWounded(lang, sentence.text) ? ledeDay(article, own, i) : undefined;
  if (added) return added;
  // Looking ahead stays close: a date two sentences on rarely covers what an opening sentence reports.
  // A statement in the present ("Tokayev says…") stands at publication: a later date is about something else.
  const last = Math.min(article.sentences.length, i + 1 + LOOKAHEAD);
  for (let j = i + 1; j < last && article.sentences[j]?.paragraph === paragraph; j++) {
    const when = own[j]?.when;
    if (
      when &&
      afterQuote !== undefined &&
      !speakerGoesOn(afterQuote, article.sentences[j]?.text ?? '', false)
    )
      break;
    // "has said he seized power … Bazoum has been held since Wednesday": what began a state is told
    // right before it. "Kan zei in een televisietoespraak … Hij riep … op. Uit de zone zijn sinds
    // zaterdag al 200.000 mensen geëvacueerd": a sentence further back tells something else.
    if (when && startsState(when) && j > i + 1) break;
    // "Last month, the EU agreed…": a sentence that opens with its own time frames its own
    // happening and lends that time to no earlier sentence; nor does a relative clause's time.
    if (when && (own[j]?.opens || own[j]?.lends === false)) return undefined;
    // "Die Regierung kündigte Entschädigungen an. Urlauber sollen im kommenden Jahr…": what is
    // still to come after publication dates no report before it.
    if (when && afterPublication(when, article)) return undefined;
    // "… demonstreerden een miljoen mensen. Veel droegen lichtstaafjes, een symbool van de protesten
    // in 2016": a month or a year after it is background, not the occasion of what it reports.
    if (when && !DAY_LEVEL.has(when.precision) && when.precision !== 'week') return undefined;
    const next = article.sentences[j]?.text ?? '';
    if (when && (toldAgain(next) || toldLater(next))) break;
    if (when) {
      const later = article.sentences[j];
      // "Der Flughafen ist wieder unter Kontrolle. Er war am Mittwoch besetzt worden": what the
      // undated sentence tells came after that day, and before publication.
      if (
        later &&
        DAY_LEVEL.has(when.precision) &&
        !startsState(when) &&
        !toldInPluperfect(sentence.text) &&
        !holdsStill(lang, sentence.text) &&
        wentBefore(lang, later.text)
      )
        return sinceDay(when, article);
      return reportsInPresent(lang, sentence.text) ||
        holdsStill(lang, sentence.text) ||
        (later !== undefined && countsSoFar(lang, sentence.text, later.text)) ||
        (later !== undefined && countedByNow(lang, sentence.text, later.text)) ||
        toldEarlierThan(sentence, later) ||
        (later && toldAsEarlier(lang, later.text))
        ? undefined
        : fromContext(when, 0.6);
    }
  }
  return ledeWhen(lang, article, own, i, sentence);
}

/**
 * A second paragraph with no time of its own goes on with the lede's happening, as news is written:
 * "… stormed parliament in Nairobi on Tuesday, killing at least five people. ¶ Protesters
 * overwhelmed police … Part of the building was set on fire." Only the lede lends its day (its
 * last one, at half its confidence): a later paragraph's day ("Rescue teams arrived on Tuesday")
 * is no frame for the next paragraph's tally of Monday's dead.
 */
function ledeWhen(
  lang: Lang,
  article: PublishedArticle,
  own: { when?: When; opens: boolean }[],
  i: number,
  sentence: Sentence,
): When | undefined {
  const paragraph = sentence.paragraph;
  for (let j = i + 1; j < article.sentences.length && article.sentences[j]?.paragraph === paragraph; j++) {
    const when = own[j]?.when;
    if (when && !startsState(when) && !toldAgain(article.sentences[j]?.text ?? '')) return undefined;
  }
  let j = i - 1;
  while (j >= 0 && article.sentences[j]?.paragraph === paragraph) j--;
  const previous = article.sentences[j]?.paragraph;
  if (previous === undefined || article.sentences[0]?.paragraph !== previous) return undefined;
  for (; j >= 0 && article.sentences[j]?.paragraph === previous; j--) {
    const when = own[j]?.when;
    if (!when) continue;
    // "… has dissolved the Bundestag on Friday. New elections will take place on 23 February. ¶
    // Steinmeier said …": a day still ahead frames nothing told in the past; the lede's day before it does.
    if (afterPublication(when, article) && toldInPast(lang, sentence.text)) continue;
    // "Torres war bis Sonntag Sicherheitschef. ¶ Er kündigte an, …": the end of a state the lede
    // tells is not the day of what the next paragraph tells; the lede's day before it is.
    if (endsState(when)) continue;
    // "Het stuk lag sinds 26 maart op de boeg. ¶ Met de gecontroleerde explosie …": the start of
    // a state the lede tells is not the day of what the next paragraph tells.
    if (when.value === 'PRESENT_REF' || !DAY_LEVEL.has(when.precision) || startsState(when)) return undefined;
    return holdsStill(lang, sentence.text) || reportsInPresent(lang, sentence.text)
      ? undefined
      : fromContext(when, 0.5);
  }
  return undefined;
}

/**
 * The last day the lede's paragraph dates a happening to, not after publication, at half its
 * confidence; none when `i` is in the lede or the lede dates nothing.
 */
function ledeDay(article: PublishedArticle, own: { when?: When }[], i: number): When | undefined {
  const lede = article.sentences[0]?.paragraph;
  let found: When | undefined;
  for (let j = 0; j < i && article.sentences[j]?.paragraph === lede; j++) {
    const when = own[j]?.when;
    if (when && DAY_LEVEL.has(when.precision) && !afterPublication(when, article)) found = when;
  }
  return found && article.sentences[i]?.paragraph !== lede ? fromContext(found, 0.5) : undefined;
}

/**
 * `sentence` tells its news in the pluperfect and the dated one beside it does not: it came before
 * that day. A later paragraph's pluperfect often tells the lede's happening itself ("Bewaffnete
 * Männer hatten das Feuer eröffnet"), so only the sentences of one paragraph are held apart.
 */
function toldEarlierThan(sentence: Sentence, dated: Sentence | undefined): boolean {
  return dated !== undefined && newsInPluperfect(sentence.text) && !toldInPluperfect(dated.text);
}
