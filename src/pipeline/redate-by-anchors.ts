/**
 * Dates again the reports without a day of their own (see anchored-dates.ts): a report that tells
 * a happening relative to its day ("elected … on Saturday") which other reports date ("op
 * zaterdag 14 december") was written on the first day from which it tells it on that day.
 */
import {
  agreements,
  agreesBetter,
  agreesOnTheDay,
  AnchorIndex,
  mayStillAgree,
  pairings,
  trialDays,
  type Happening,
  type Pairing,
} from './anchored-dates.ts';
import { countedTrialDays } from './counted-trial-days.ts';
import { shift } from './iso-day.ts';
import { kindTraits } from './candidates/kind-traits.ts';
import type { ChronologyDocument } from '../schema/events.ts';
import { NEVER_APART, type DocumentsApart } from './documents-apart.ts';
import { ruledOut, type Processed } from './redate.ts';
import type { Candidate, PublishedArticle } from './types.ts';
import { leadConflict, weekdayEvidence } from './weekday-evidence.ts';

type NameOf = (id: string) => string | undefined;
/** A TIMEX3 value of a morning, an afternoon or a clock time between 6:00 and 17:59. */
const DAYTIME = /T(?:MO|AF|0[6-9]:\d\d|1[0-7]:\d\d)$/;

/** The listed regions a place id names: a region itself, or those a town lies in; none for others. */
export type RegionsOf = (id: string) => readonly string[];

/**
 * The happenings of `candidates` whose titles name someone or somewhere specific, of kinds that
 * befall them once: not statements or protests, which recur, nor counts of the dead, which rise
 * (a person's death, told without a count, is told once).
 * The title's names where it has any: a sentence names more ("captured Saraqeb on the road to
 * Damascus").
 */
export function happeningsOf(
  candidates: readonly Candidate[],
  specific: (id: string) => boolean,
  nameOf: NameOf,
  regionsOf: RegionsOf = () => [],
): Happening[] {
  const out: Happening[] = [];
  const named = (title: string) => (id: string) => {
    const name = nameOf(id);
    return name !== undefined && title.includes(name);
  };
  const inTitle = (title: string) => (id: string) => specific(id) && named(title)(id);
  for (const c of candidates) {
    const traits = kindTraits(c.kind);
    if (traits.recurs) continue;
    // A person's death is told once ("Pope Francis dies"); a count of the dead rises.
    const onePerson = traits.once === true && c.figures.length === 0 && c.actors.some(inTitle(c.title));
    if (traits.tallied && !onePerson) continue;
    const titled = [...c.actors, ...c.places].filter(inTitle(c.title));
    // A title without a name ("Arrest warrant issued") leaves the persons the sentence names.
    const persons = titled.length > 0 ? titled : c.actors.filter(specific);
    // One report names the town ("in East Palestine"), another only its state ("in de staat
    // Ohio"): the region a titled place stands for or lies in names the happening too.
    const regions = c.places.filter(named(c.title)).flatMap(regionsOf);
    const names = regions.length > 0 ? [...new Set([...persons, ...regions])] : persons;
    if (names.length === 0) continue;
    out.push({
      key: `${c.sentence.index}\u0000${c.kind}`,
      title: c.title,
      group: traits.group,
      start: c.when.start.slice(0, 10),
      end: c.when.end.slice(0, 10),
      names,
      document: c.document,
      daytime: DAYTIME.test(c.when.value),
    });
  }
  return out;
}

function byDocument(happenings: readonly Happening[]): Map<string, Happening[]> {
  const out = new Map<string, Happening[]>();
  for (const h of happenings) {
    const list = out.get(h.document);
    if (list) list.push(h);
    else out.set(h.document, [h]);
  }
  return out;
}

function reason(
  article: PublishedArticle,
  day: string,
  agreed: readonly Pairing[],
  counted: number | undefined,
): string {
  const first = article.published;
  const what = agreed
    .map((p) => `"${p.happening.title}", which ${p.anchor.document} dates ${p.anchor.day}`)
    .join(', and ');
  const own =
    article.meta.published?.precision === 'month' ? `only the month (${first.date.slice(0, 7)})` : 'no day';
  const them = agreed.length > 1 ? 'them' : 'it';
  const days = agreed.length > 1 ? 'those days' : 'that day';
  const from = agreed.find((p) => counted !== undefined && shift(p.anchor.day, counted) === day);
  const how = from
    ? `${day}, ${counted} days after ${from.anchor.day} as its opening counts, tells ${them} on ${days}`
    : `${day} is the first day from which it tells ${them} on ${days}`;
  return `The document gives ${own}; it tells ${what}, and ${how} (first inferred: ${first.date}, ${first.reason ?? 'from its month'})`;
}

/**
 * The reading from the day after `day`, where it tells more happenings on their anchor's very day
 * and keeps every agreement (see agreesOnTheDay); undefined where that day is ruled out or no better.
 */
function nextDay<C extends Candidate>(
  article: PublishedArticle,
  day: string,
  pairs: readonly Pairing[],
  pairsOf: (result: Processed<C>) => Pairing[],
  process: (article: PublishedArticle) => Processed<C> | undefined,
): { day: string; result: Processed<C>; pairs: Pairing[] } | undefined {
  const after = shift(day, 1);
  const evidence = weekdayEvidence(article);
  const lead = evidence.lead ?? evidence.opening;
  if (ruledOut(article, evidence, after) || leadConflict(after, { past: evidence.past, lead }))
    return undefined;
  const result = process({ ...article, published: { date: after, precision: 'day', inferred: true } });
  if (!result) return undefined;
  const next = pairsOf(result);
  return agreesOnTheDay(pairs, next) ? { day: after, result, pairs: next } : undefined;
}

/**
 * The reports of `undated` to be dated again, each as processed from its new day; `process` runs
 * one article through the stages after its publication date. A report is held against the days of
 * documents not apart from its own (`apart`): in a folder of several stories, the European Union's
 * sanctions on Russia after Navalny's death are dated by Navalny's reports, not made undatable by
 * the sanctions other stories tell.
 */
export function redateByAnchors<C extends Candidate>(
  undated: readonly PublishedArticle[],
  documents: readonly ChronologyDocument[],
  candidates: readonly C[],
  specific: (id: string) => boolean,
  nameOf: NameOf,
  process: (article: PublishedArticle) => Processed<C> | undefined,
  apart: DocumentsApart = NEVER_APART,
  regionsOf: RegionsOf = () => [],
): Processed<C>[] {
  if (undated.length === 0) return [];
  const all = happeningsOf(candidates, specific, nameOf, regionsOf);
  // Only a report's own date makes its days an anchor: one inferred from other reports may be off,
  // one read from a day its own text tells is its own.
  const fromText = new Set(undated.filter((a) => a.ownText).map((a) => a.id));
  const own = new Set(documents.filter((d) => !d.published.inferred || fromText.has(d.id)).map((d) => d.id));
  const index = new AnchorIndex();
  for (const h of all) if (own.has(h.document)) index.add(h);
  const held = byDocument(all);
  const redone: Processed<C>[] = [];
  for (const article of undated) {
    const told = held.get(article.id) ?? [];
    const kept = apart === NEVER_APART ? undefined : (document: string) => !apart(article.id, document);
    const pairs = pairings(told, index, kept);
    // A date taken from a report of the same story rests on all the names and figures they share:
    // it is tried again only where it tells a happening on another day than its own report does.
    if (article.sister !== undefined && !pairs.some((p) => p.settled && !p.agrees)) continue;
    // Read from a report of its story, it was written on that day or after.
    const evidence = weekdayEvidence(article);
    const days =
      article.sister !== undefined
        ? trialDays(pairs).filter((d) => d > article.published.date)
        : countedTrialDays(pairs, evidence.daysAfter);
    if (days.length === 0) continue;
    const first = agreements(pairs);
    let tried = 0;
    for (const day of days) {
      if (day === article.published.date) continue;
      // A report no sister dates has only its own words: its opening paragraph's day is its news.
      const lead = evidence.lead ?? evidence.opening;
      if (ruledOut(article, evidence, day) || leadConflict(day, { past: evidence.past, lead })) continue;
      tried++;
      const result = process({ ...article, published: { date: day, precision: 'day', inferred: true } });
      if (!result) continue;
      const next = happeningsOf(result.candidates, specific, nameOf, regionsOf);
      const nextPairs = pairings(next, index, kept);
      if (!agreesBetter(first, agreements(nextPairs))) {
        if (mayStillAgree(pairs, nextPairs, first, tried)) continue;
        break;
      }
      const better = nextDay(
        article,
        day,
        nextPairs,
        (r) => pairings(happeningsOf(r.candidates, specific, nameOf, regionsOf), index, kept),
        process,
      );
      const chosen = better ?? { day, result, pairs: nextPairs };
      const published = {
        ...chosen.result.document.published,
        reason: reason(
          article,
          chosen.day,
          chosen.pairs.filter((p) => p.agrees),
          evidence.daysAfter,
        ),
      };
      redone.push({ ...chosen.result, document: { ...chosen.result.document, published } });
      break;
    }
  }
  return redone;
}
