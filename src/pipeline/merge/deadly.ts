/**
 * Deaths told in the very sentence of the crash or attack that caused them ("A jet crashed in
 * the Tver region, killing all 10 people on board") are that happening's toll: a reader wants one
 * event, "10 people killed in crash in Tver", not a crash and a separate "10 people killed".
 * Kinds opt in through a title template's `deadly` text in the lexicon.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { DEATHS_KIND, DEATHS_SLOT } from '../candidates/title.ts';
import { combineWhen } from './when.ts';
import { isVagueFigure } from '../candidates/figure-phrase.ts';
import { shift } from '../iso-day.ts';
import { isAddition } from '../candidates/increments.ts';

/** The kind of people wounded. */
const INJURY_KIND = 'injury';

/** A cluster of the merge and what the join reads of it. */
export interface Joinable {
  c: EventCandidate;
}

/** A cluster that took in deaths: its own members (which name it) and the deaths' members. */
export interface Deadly<T> {
  cause: readonly T[];
  deaths: readonly T[];
}

/** The first and last day of a cluster's date, as its event will show it. */
function daysOf<T extends Joinable>(members: readonly T[]): [string, string] {
  const when = combineWhen(members.map((m) => m.c));
  const start = when.start.slice(0, 10);
  // A night runs into the next day.
  return [start, when.value.endsWith('TNI') ? shift(start, 1) : when.end.slice(0, 10)];
}

/**
 * Deaths within the days of their cause, none before it ("since 2004, when 330 died" is older); a
 * night's deaths ("zaterdagnacht") reach the small hours its fire broke out in ("rond 02.30 uur").
 */
function within(deaths: [string, string], cause: [string, string]): boolean {
  const night = shift(deaths[0], 1) === deaths[1];
  return deaths[0] <= cause[1] && (deaths[0] >= cause[0] || (night && deaths[1] >= cause[0]));
}

/**
 * The clusters with each death cluster that shares a sentence with exactly one cluster whose title
 * has a deadly form, and no day apart from it, joined to that one. Deaths that share sentences
 * with two crashes or attacks (the toll of a war told beside each strike) stay their own event.
 * `sentenceOf` tells a member's sentence, `head` the candidate whose title names a cluster, and
 * `order` the reading order that a joined cluster's members keep.
 */
export function joinDeaths<T extends Joinable>(
  clusters: T[][],
  sentenceOf: (member: T) => string,
  head: (members: readonly T[]) => EventCandidate,
  order: (a: T, b: T) => number,
): { clusters: T[][]; deadly: Map<T[], Deadly<T>> } {
  const deadly = new Map<T[], Deadly<T>>();
  // Cheap first: most stories have no deaths beside a crash or an attack.
  if (!clusters.some((m) => m.some((x) => x.c.deadlyTitle !== undefined))) return { clusters, deadly };
  const causeAt = new Map<string, number[]>();
  const causes = new Set<number>();
  clusters.forEach((members, i) => {
    if (head(members).deadlyTitle === undefined) return;
    causes.add(i);
    for (const m of members) {
      const key = sentenceOf(m);
      const at = causeAt.get(key);
      if (!at) causeAt.set(key, [i]);
      else if (!at.includes(i)) at.push(i);
    }
  });
  const joinedTo = new Map<number, number[]>();
  // Causes told in other sentences of the same dead, joined to the first of them.
  const alsoCause = new Map<number, number[]>();
  const asOther = new Set<number>();
  clusters.forEach((members, j) => {
    if (causes.has(j) || !members.every((m) => m.c.kind === DEATHS_KIND)) return;
    const found = new Set<number>();
    let days: [string, string] | undefined;
    for (const m of members) {
      let at = causeAt.get(sentenceOf(m));
      if (!at) continue;
      // A sentence telling two such happenings points at the one of the dead's days ("exploded on
      // Wednesday, killing 20, a day after pagers blew up"), and at neither when both fit or none.
      if (at.length > 1) {
        const deathDays = (days ??= daysOf(members));
        at = at.filter((i) => within(deathDays, daysOf(clusters[i] as T[])));
      }
      if (at.length !== 1) return;
      found.add(at[0] as number);
    }
    const [cause, ...others] = [...found].sort((a, b) => a - b);
    if (cause === undefined || !within(daysOf(members), daysOf(clusters[cause] as T[]))) return;
    if (befellItsAgent(members, clusters[cause] as T[])) return;
    // "killed at least two people in shootings at a house and a university hospital": where the
    // story tells two shootings of the dead's days at two hours, no sentence tells which killed them.
    const kindOfCause = head(clusters[cause] as T[]).kind;
    const deathDays = days ?? daysOf(members);
    const rival = [...causes].some(
      (i) =>
        i !== cause &&
        !others.includes(i) &&
        head(clusters[i] as T[]).kind === kindOfCause &&
        within(deathDays, daysOf(clusters[i] as T[])) &&
        atTwoHours(clusters[cause] as T[], clusters[i] as T[]),
    );
    if (rival) return;
    // "killed when a car drove into the market" and "killed in an attack on the market": one
    // attack told twice, whose two reports the merge did not join. Causes of two kinds are two.
    const kind = head(clusters[cause] as T[]).kind;
    // A cause already joined to other dead, either way, is not taken a second time.
    if (
      asOther.has(cause) ||
      others.some((i) => head(clusters[i] as T[]).kind !== kind || joinedTo.has(i) || asOther.has(i))
    )
      return;
    const list = joinedTo.get(cause);
    if (list) list.push(j);
    else joinedTo.set(cause, [j]);
    if (others.length > 0) alsoCause.set(cause, [...(alsoCause.get(cause) ?? []), ...others]);
    for (const i of others) asOther.add(i);
  });
  joinByCount(clusters, causes, joinedTo, asOther, head);
  const wounded = addedWounded(clusters, joinedTo);
  const absorbed = new Set([...joinedTo.values(), ...alsoCause.values(), ...wounded.values()].flat());
  const out: T[][] = [];
  clusters.forEach((members, i) => {
    if (absorbed.has(i)) return;
    const joined = joinedTo.get(i);
    if (!joined) {
      // A crash told only beside its dead, whose dead went elsewhere, is no event of its own, nor
      // a report of another ("18 killed in shootings and explosions in Paris" is no café's shooting).
      const own = members.filter((m) => !m.c.causeOnly);
      if (own.length > 0) out.push(own.length === members.length ? members : own);
      return;
    }
    const own = [...members, ...(alsoCause.get(i) ?? []).flatMap((k) => clusters[k] as T[])];
    // A counted toll names the deaths ("10 people killed" over one passenger named among them),
    // then the most reported.
    const counted = (m: readonly T[]): number => Number(head(m).figures.length > 0);
    const tolls = joined
      .map((j) => clusters[j] as T[])
      .sort((a, b) => counted(b) - counted(a) || b.length - a.length);
    const added = (wounded.get(i) ?? []).flatMap((k) => clusters[k] as T[]);
    const all = [...own, ...tolls.flat(), ...added].sort(order);
    out.push(all);
    deadly.set(all, { cause: own, deaths: tolls[0] as T[] });
  });
  return { clusters: out, deadly };
}

/**
 * "Nach Angaben der Ermittler wurden fünf weitere Menschen verletzt" after "Bei Schüssen in Hanau
 * sind am Mittwochabend neun Menschen getötet worden": wounded counted as further people, told only
 * by reports of one crash or attack that took in its dead, on its days, add to that one's toll.
 * By each such cause, the clusters of wounded it takes in.
 */
function addedWounded<T extends Joinable>(
  clusters: readonly T[][],
  joinedTo: ReadonlyMap<number, readonly number[]>,
): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (joinedTo.size === 0) return out;
  const causes = [...joinedTo].map(([cause, dead]) => {
    const members = [cause, ...dead].flatMap((k) => clusters[k] as T[]);
    return {
      cause,
      documents: new Set(members.map((m) => m.c.document)),
      days: daysOf(clusters[cause] as T[]),
    };
  });
  clusters.forEach((members, j) => {
    const added = members.every(
      (m) => m.c.kind === INJURY_KIND && m.c.figures.length > 0 && m.c.figures.every(isAddition),
    );
    if (!added) return;
    const days = daysOf(members);
    const fits = causes.filter(
      (c) => members.every((m) => c.documents.has(m.c.document)) && within(days, c.days),
    );
    const only = fits.length === 1 ? fits[0] : undefined;
    if (!only) return;
    const list = out.get(only.cause);
    if (list) list.push(j);
    else out.set(only.cause, [j]);
  });
  return out;
}

/**
 * "The gunman, named as Tobias Rathjen, opened fire at two shisha bars … and was later found dead
 * at his home": the death of the one who carried out the attack, told alone, is no toll of it but
 * what came of him. A counted toll ("all 150 on board") takes in whoever caused the crash.
 */
function befellItsAgent<T extends Joinable>(deaths: readonly T[], cause: readonly T[]): boolean {
  if (deaths.some((m) => m.c.figures.length > 0)) return false;
  const agents = new Set(cause.map((m) => m.c.agent));
  return deaths.some((m) => m.c.patient !== undefined && agents.has(m.c.patient));
}

/** Two clusters dated to two times of day: two happenings ("at 14:45", "around 3 p.m."). */
function atTwoHours<T extends Joinable>(a: readonly T[], b: readonly T[]): boolean {
  const wa = combineWhen(a.map((m) => m.c));
  const wb = combineWhen(b.map((m) => m.c));
  return wa.precision === 'time' && wb.precision === 'time' && wa.value !== wb.value;
}

/** The first word of what each figure of the members counts ("people" of "people killed"), with its value. */
function countsOf<T extends Joinable>(members: readonly T[]): Set<string> {
  const out = new Set<string>();
  for (const m of members)
    for (const f of m.c.figures)
      if (!isVagueFigure(f)) out.add(`${f.counts.split(' ', 1)[0] as string} ${f.value}`);
  return out;
}

/**
 * "A day after gunmen killed 26 people" and "den Anschlag vom 22. April in Pahalgam, bei dem
 * Bewaffnete 26 Menschen erschossen hatten": dead whose sentences tell no cause join the one
 * crash or attack of their very day, at a place they share, that counts as many people. Two
 * such happenings leave them their own event.
 */
function joinByCount<T extends Joinable>(
  clusters: T[][],
  causes: ReadonlySet<number>,
  joinedTo: Map<number, number[]>,
  asOther: ReadonlySet<number>,
  head: (members: readonly T[]) => EventCandidate,
): void {
  // Each cause read once, by its one day: looking every cause up again for each set of dead would
  // make a large corpus's merge quadratic.
  const byDay = new Map<string, { index: number; kind: string; places: string[]; counts: Set<string> }[]>();
  for (const i of causes) {
    const cause = clusters[i] as T[];
    const [start, end] = daysOf(cause);
    if (asOther.has(i) || start !== end) continue;
    const facts = {
      index: i,
      kind: head(cause).kind,
      places: cause.flatMap((m) => m.c.places),
      counts: countsOf(cause),
    };
    const held = byDay.get(start);
    if (held) held.push(facts);
    else byDay.set(start, [facts]);
  }
  const joined = new Set([...joinedTo.values()].flat());
  clusters.forEach((members, j) => {
    if (causes.has(j) || joined.has(j) || !members.every((m) => m.c.kind === DEATHS_KIND)) return;
    const counts = countsOf(members);
    if (counts.size === 0) return;
    const [start, end] = daysOf(members);
    if (start !== end) return;
    const places = new Set(members.flatMap((m) => m.c.places));
    let found: number | undefined;
    for (const cause of byDay.get(start) ?? []) {
      if (!cause.places.some((p) => places.has(p))) continue;
      if (![...cause.counts].some((k) => counts.has(k))) continue;
      if (found !== undefined) return;
      found = cause.index;
    }
    if (found === undefined) return;
    // Nor where the day tells another of its kind at another hour: "three people in two shootings".
    const kind = head(clusters[found] as T[]).kind;
    const at = clusters[found] as T[];
    const rival = (c: { index: number; kind: string }) =>
      c.index !== found && c.kind === kind && atTwoHours(at, clusters[c.index] as T[]);
    if ((byDay.get(start) ?? []).some(rival)) return;
    const list = joinedTo.get(found);
    if (list) list.push(j);
    else joinedTo.set(found, [j]);
  });
}

/**
 * The deadly title with the deaths' title in its slot ("10 people killed in crash in Tver"), where
 * that title counts or names the dead; "Deaths in Moscow in attack in Moscow" tells nothing more
 * than the cause's own title.
 */
export function deadlyTitle(
  cause: EventCandidate,
  deaths: EventCandidate,
  deathsTitle = deaths.title,
): string {
  const told = deaths.figures.length > 0 || deaths.patient !== undefined;
  return cause.deadlyTitle && told ? cause.deadlyTitle.replace(DEATHS_SLOT, deathsTitle) : cause.title;
}
