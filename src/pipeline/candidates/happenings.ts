import { inSpan } from '../in-span.ts';
import type { Timex } from '../types.ts';
import {
  describingCompound,
  describingParticiple,
  describingPhrase,
  describingRelative,
} from './described.ts';
import { figureDistance } from './figure-distance.ts';
import type { PlacedFigure } from './figures.ts';
import { DEATHS_KIND } from './title.ts';
import type { KindEntry } from './lexicon.ts';
import type { Token } from './tokenize.ts';
import { withoutSettings } from './setting.ts';
import { killing } from './compiled.ts';
import { nearestTimex, timexDistance } from './time.ts';
import { sameDayClauseHit } from './same-day-clause.ts';
import { causesBeforeConsequence } from './consequence-clause.ts';
import { onlyCarriesNews } from './news-of-saying.ts';
import { relativeClauseSpans } from './relative-clause.ts';
import { talksPartner } from './talks-partner.ts';
import { beganSince } from './began-since.ts';
import { grievanceCauses } from './grievance-cause.ts';

export interface TriggerHit {
  kind: string;
  start: number;
  end: number;
  title?: string;
  /** See TriggerEntry.patientOf. */
  patientOf?: boolean;
  /** See TriggerEntry.self. */
  self?: boolean;
  /** See TriggerEntry.held. */
  held?: boolean;
  /** See CompiledTrigger.negates. */
  negates?: true;
  /** Named where a "since" clause tells the day it began (began-since.ts): that day, no count. */
  began?: true;
  /** What a protest is against (grievance-cause.ts): before the protest. */
  grievance?: true;
}

/** Clause of a subordinate happening: from a splitter word ("after", "nadat") to the next comma. */
export function subordinateSpan(text: string, splitter: Token | undefined): [number, number] | null {
  if (!splitter) return null;
  const comma = text.slice(splitter.end).search(/[,;:–—]/);
  return [splitter.start, comma < 0 ? text.length : splitter.end + comma];
}

/** Between two triggers: the rest of the first clause, then "and" and up to three words. */
const COORDINATED = /^[^,;:]{0,40}?\s(?:and|und|en)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/**
 * Between two triggers of the main clauses: a comma and "and" opening a clause of its own, with
 * its own subject ("…stormed the residence on Saturday, and Prime Minister Ranil Wickremesinghe
 * said he would resign").
 */
const NEXT_CLAUSE = /^[^;:]{0,120}?,\s+(?:and|und|en)\s+(?:[\p{L}'’.-]+\s+){1,8}$/iu;
/**
 * Between two triggers: "and" and a verb of saying that open a clause of its own, which tells what
 * was said ("has named Smailov as prime minister, and said a Russia-led military alliance will begin
 * withdrawing", ", en zei dat de troepen … beginnen met hun vertrek", "ernannt und sagte, die Truppen
 * würden … verlassen"): the announcement is a happening of its own, whatever its length.
 */
const SAID_CLAUSE =
  /^(?:[^,;:]{0,40}?,)?\s+(?:and|und|en)\s+(?:(?:he|she|they|hij|zij|ze|er|sie)\s+)?(?:said|says|told|announced|added|zei|zegt|zeiden|verklaarde|meldde|sagte|sagten|erklärte|teilte)[\s,][^;:]{0,160}$/iu;

type Kinds = Map<string, { entry: KindEntry; rank: number }>;

function rankOf(kinds: Kinds, kind: string): number {
  return kinds.get(kind)?.rank ?? Infinity;
}

/** The hit of the highest-ranked kind, the leftmost among equals. */
function best(hits: TriggerHit[], kinds: Kinds): TriggerHit | undefined {
  let chosen: TriggerHit | undefined;
  let chosenRank = Infinity;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as TriggerHit;
    const rank = rankOf(kinds, h.kind);
    if (!chosen || rank < chosenRank || (rank === chosenRank && h.start < chosen.start)) {
      chosen = h;
      chosenRank = rank;
    }
  }
  return chosen;
}

function closeness(h: TriggerHit, dated: Timex[], text: string, lang: string): number {
  let min = Infinity;
  for (let i = 0; i < dated.length; i++)
    min = Math.min(min, timexDistance(dated[i] as Timex, h.start, text, lang));
  return min;
}

/**
 * The hit only says who the sentence's people are ("survivors of the floods", no other hit between
 * the people and it, though the people may be a hit of their own: "the 31 dead of the floods";
 * "for the killed teenager"), or which place ("the flood-hit city").
 */
function describesOnly(hits: TriggerHit[], h: TriggerHit, text: string): boolean {
  const phrase = describingPhrase(text, h.start);
  if (phrase < 0)
    return describingParticiple(text, h) || describingCompound(text, h) || describingRelative(text, h);
  return !hits.some((o) => o !== h && o.start > phrase && o.start < h.start);
}

/**
 * Which happenings a sentence reports, as (kind, trigger position) pairs. One sentence yields more than
 * one when (1) a subordinate clause ("after demonstrators stormed…", "although prices were lowered…")
 * reports a different kind, (2) two kinds sit nearest to different time expressions ("said on Friday …
 * arrived on Thursday"), or (3) a kind marked ownFigure has a figure of its own ("… and hundreds were injured").
 * `dayBorrowed`: the sentence has no time of its own and takes that of a sentence before it.
 */
export function chooseHappenings(
  allHits: TriggerHit[],
  sub: [number, number] | null,
  timexes: Timex[],
  figures: PlacedFigure[],
  kinds: Kinds,
  text: string,
  lang: string,
  dayBorrowed = false,
): TriggerHit[] {
  // "rejected calls for talks with the protesters": whom talks are with is no happening.
  const hits = withoutSettings(allHits, text).filter((h) => h.kind === 'statement' || !talksPartner(text, h));
  const mainHits: TriggerHit[] = [];
  const subHits: TriggerHit[] = [];
  // Hits that only say who the people are tell no happening on a day borrowed from the sentence
  // before: "met the families of the six dead workers" after "visited on Friday" did not kill them
  // that Friday.
  // What befell a place, said only to tell which place ("a town hit by floods", "the second visit
  // of the Chancellor in the flood area"), is no news on any day.
  const placeOnly = (h: TriggerHit) => describingCompound(text, h) || describingRelative(text, h);
  if (hits.length > 0 && hits.every((h) => placeOnly(h) || (dayBorrowed && describesOnly(hits, h, text))))
    return [];
  const told = hits.length > 1 ? hits.filter((h) => !describesOnly(hits, h, text)) : hits;
  // A relative clause describes the noun it hangs on: what it tells is subordinate, as "after" is,
  // to a happening of the main clause. Not to a saying ("Lindner, den Scholz am 6. November
  // entlassen hatte, erklärte, …"): the day the clause gives is not the day it was said.
  const spans = told.length > 1 ? relativeClauseSpans(text, lang) : [];
  const relatives = told.some((h) => h.kind !== 'statement' && !spans.some((r) => inSpan(r, h))) ? spans : [];
  for (const h of told) (inSpan(sub, h) || relatives.some((r) => inSpan(r, h)) ? subHits : mainHits).push(h);
  // "France declared a state of emergency on Wednesday after rioting left four dead, including a
  // gendarme, and hundreds injured": what the clause ahead of "after" tells is the main happening,
  // whatever the rest of the subordinate clause told past its first comma.
  const ahead = sub === null ? [] : mainHits.filter((h) => h.end <= sub[0] && h.kind !== 'statement');
  const main = best(ahead.length > 0 ? ahead : mainHits.length > 0 ? mainHits : hits, kinds);
  if (!main) return [];
  const chosen = [main];
  // What follows the subordinate clause is still told: "…, and two policemen were killed".
  const behind =
    ahead.length > 0
      ? best(
          mainHits.filter((h) => h.kind !== 'statement' && !ahead.includes(h)),
          kinds,
        )
      : undefined;
  if (behind && behind.kind !== main.kind) chosen.push(behind);
  // A subordinate clause tells a happening, not who said what about it ("…, which he denied").
  const subMain = best(
    subHits.filter((h) => h.kind !== 'statement'),
    kinds,
  );
  if (subMain && subMain.kind !== main.kind && mainHits.length > 0) chosen.push(subMain);
  // "taken into custody on Sunday after he was heard by an investigating judge": a later word for
  // the same kind that names its step (a title of its own) titles the main happening.
  const step = main.title === undefined ? hits.find((h) => h.kind === main.kind && h.title) : undefined;
  if (step) chosen[0] = { ...main, title: step.title };
  const dated = timexes.filter((t) => t.interval !== null);
  if (dated.length >= 2) {
    // Each kind is represented by its trigger closest to a time expression.
    const representative = new Map<string, TriggerHit>();
    for (const h of hits) {
      const r = representative.get(h.kind);
      if (!r || closeness(h, dated, text, lang) < closeness(r, dated, text, lang))
        representative.set(h.kind, h);
    }
    // A statement keeps its first trigger: the reporting verb sits by its speaker ("…, Wes Moore said
    // at a news conference on Tuesday"), whichever of its words lies nearer the time.
    if (main.kind !== 'statement') chosen[0] = representative.get(main.kind) ?? main;
    const taken = new Set(chosen.map((c) => nearestTimex(dated, c.start, text, lang)));
    for (const h of [...representative.values()].sort(
      (a, b) => rankOf(kinds, a.kind) - rankOf(kinds, b.kind),
    )) {
      if (chosen.some((c) => c.kind === h.kind)) continue;
      // "Kazakhstan said on Saturday that 225 people had been killed during this month's unrest":
      // the day of saying is when the toll was given, no statement of its own.
      if (h.kind === 'statement' && chosen.some((c) => c.start > h.end && kinds.get(c.kind)?.entry.tallied))
        continue;
      // "kondigde … aan dat ze de verkiezingen wil vervroegen naar april 2024": an announcement is
      // itself a saying, whose day the reporting verb gives; the day ahead is what it announces.
      if (h.kind === 'statement' && chosen.some((c) => kinds.get(c.kind)?.entry.announces)) continue;
      const t = nearestTimex(dated, h.start, text, lang);
      if (
        h.kind === 'statement' &&
        chosen.some((c) => onlyCarriesNews(text, h, t, c, nearestTimex(dated, c.start, text, lang)))
      )
        continue;
      if (!taken.has(t)) {
        chosen.push(h);
        taken.add(t);
      }
    }
  }
  // "The junta closed the borders and imposed a nightly curfew": a second verb of the same subject
  // reports a second happening of its own, and so does a first one the main kind outranks ("declared
  // a day of mourning and ordered an investigation").
  for (const h of hits) {
    if (h.kind === 'statement' || chosen.some((c) => c.kind === h.kind)) continue;
    const coordinated = chosen.some(
      (c) =>
        c.kind !== 'statement' &&
        (c.end <= h.start
          ? COORDINATED.test(text.slice(c.end, h.start)) ||
            NEXT_CLAUSE.test(text.slice(c.end, h.start)) ||
            SAID_CLAUSE.test(text.slice(c.end, h.start))
          : h.end <= c.start &&
            (COORDINATED.test(text.slice(h.end, c.start)) ||
              (mainHits.includes(h) &&
                !chosen.some((o) => o.start > h.end && o.end <= c.start) &&
                NEXT_CLAUSE.test(text.slice(h.end, c.start))))),
    );
    if (coordinated) chosen.push(h);
  }
  const sameDay = sameDayClauseHit(mainHits, chosen, text, (kind) => rankOf(kinds, kind));
  if (sameDay) chosen.push(sameDay);
  chosen.push(...causesBeforeConsequence(mainHits, chosen, text));
  chosen.push(...grievanceCauses(hits, chosen, kinds, text));
  // "A curfew … has been in force since Tuesday and all gatherings are banned", "banned TikTok, and
  // … troops had been deployed": each measure a sentence names is taken on its own.
  for (const h of mainHits)
    if (kinds.get(h.kind)?.entry.inForce && !chosen.some((c) => c.kind === h.kind)) chosen.push(h);
  for (const h of hits) {
    if (!kinds.get(h.kind)?.entry.ownFigure || chosen.some((c) => c.kind === h.kind)) continue;
    const own = figures.some((f) =>
      chosen.every((c) => figureDistance(f, h, text) < figureDistance(f, c, text)),
    );
    if (own) chosen.push(h);
  }
  for (const h of hits)
    if (!chosen.some((c) => c.kind === h.kind) && beganSince(text, h, timexes))
      chosen.push({ ...h, began: true });
  return chosen;
}

/**
 * What joins the dead to what killed them when it is told after them: "were killed in an attack
 * on", "were killed when a car drove into", "kamen om bij een aanslag", "wurden bei einem Anschlag
 * getötet" (the German verb comes last: the cause stands between), perhaps after the injured
 * ("killed and more than 200 injured when …"). No comma or other "and" between.
 */
const DIED_IN =
  /^\s+(?:(?:and|en|und)\s+(?:[\p{L}\d,.-]+\s+){0,4}?(?:injured|wounded|hurt|gewond|verletzt)\s+)?(?:(?:on|op|am)\s+\p{L}+\s+)?(?:in|when|as|during|bij|door|tijdens|toen|bei|durch|während|als)\s+(?:(?!(?:and|en|und)\s)[\p{L}\d-]+\s+){0,5}$/iu;

/**
 * "A plane crashed in the Tver region, killing all ten people on board": the deaths outrank the
 * crash, yet the sentence tells both. The hits of kinds with a deadly title that the chosen deaths
 * left out and that come before them, or right after them in the clause that says how they died
 * ("were killed when a car drove into a crowded market"): the merge joins such a happening and
 * its dead under one title. One told after the dead otherwise is something else they did
 * ("killing 36 and striking a hospital").
 */
export function causesOfDeaths(
  hits: TriggerHit[],
  chosen: TriggerHit[],
  kinds: Kinds,
  text: string,
  timexes: Timex[] = [],
  lang = 'en',
): TriggerHit[] {
  const deaths = chosen.find((c) => c.kind === DEATHS_KIND);
  if (!deaths) return [];
  // "Walkie-talkies exploded on Wednesday, killing 20, a day after pagers blew up": the blasts of
  // the day before, told for themselves, leave the day's own blasts to be the cause of its dead.
  const dated = timexes.filter((t) => t.interval !== null);
  const sameTime = (a: TriggerHit, b: TriggerHit) =>
    a === b ||
    dated.length < 2 ||
    nearestTimex(dated, a.start, text, lang) === nearestTimex(dated, b.start, text, lang);
  const causes: TriggerHit[] = [];
  for (const h of hits)
    if (
      (h.start < deaths.start || (h.start >= deaths.end && DIED_IN.test(text.slice(deaths.end, h.start)))) &&
      !chosen.some((c) => c.kind === h.kind && sameTime(c, h)) &&
      !causes.some((c) => c.kind === h.kind) &&
      killing(kinds, h.kind)
    )
      causes.push(h);
  return causes;
}
