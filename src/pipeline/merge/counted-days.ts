/**
 * A count of those a kind befalls, where it is no running toll of one happening (arrests, not the
 * dead), is the count of the day it was given: "more than 200 detained" in Wednesday's reports,
 * "ruim 2000 opgepakt" in Thursday's, "more than 3,000" in Friday's are three counts, each the
 * news of its day, not three accounts of one disagreeing. Two counts of the same measure with
 * different values, given on different days by reports of different days, are two events; reports
 * of one day that give two values ("as of Friday morning, more than 3,000" beside "more than 4,000
 * arrests") disagree about that day's news, and stay one event with a conflict.
 *
 * A count of the arrests of a night or a raid ("In der Nacht zu Freitag waren 917 Menschen
 * festgenommen worden") may have been given on any day from then to its report: another count of
 * that night given in those days is a disagreement about it; one given after is the count moving on.
 *
 * The same tally given twice on its day ("The interior ministry said 5,800 people had been
 * detained", "Meer dan 5800 mensen zijn aangehouden") is one event, though one report tells it as
 * someone's count and the other as its own total so far, which StretchCounts would keep apart.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { isVagueFigure } from '../candidates/figure-phrase.ts';
import { kindTraits } from '../candidates/kind-traits.ts';
import { opensWithSince } from '../time/since-state.ts';
import type { MergeFeatures } from './features.ts';
import { reportedDay, sentenceDay, type PublishedOf } from './reported-day.ts';
import { countedInPerfect } from '../time/count-so-far.ts';
import { isLang } from '../time/lexicon.ts';
import { DAY_LEVEL } from '../day-level.ts';
import { StretchCounts } from './stretch-counts.ts';

/**
 * One count of a cluster: what it counts and its value, the first and last day it may have been
 * given (one day for a count as it stood), and its report's day.
 */
export interface DayCount {
  measure: string;
  value: number;
  from: string;
  to: string;
  published: string;
}

/**
 * Round figures stand for the exact ones they round: "more than 3,000" is 3,000, "ruim tweehonderd"
 * 200, and an exact 113 is "more than 100", as 9,900 is "more than 10,000". The rounder value is
 * the one with more trailing zeros; the other, rounded to its place, must give it.
 */
export function withinRounding(x: number, y: number): boolean {
  if (x === y) return true;
  const place = Math.max(roundPlace(x), roundPlace(y));
  return place > 1 && Math.round(x / place) === Math.round(y / place);
}

/** The power of ten a whole number is rounded to: 1000 of 3000, 100 of 4400, 1 of 7939. */
function roundPlace(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let place = 1;
  while (value % (place * 10) === 0) place *= 10;
  return place;
}

/** Two counts of one measure that name different values on days, and in reports, of their own. */
function twoDays(x: DayCount, y: DayCount): boolean {
  return (
    x.measure === y.measure &&
    (x.to < y.from || y.to < x.from) &&
    x.published !== y.published &&
    !withinRounding(x.value, y.value)
  );
}

/** Whether some count of one list and some of the other are counts of two days. */
export function countsApart(a: readonly DayCount[], b: readonly DayCount[]): boolean {
  for (const x of a) for (const y of b) if (twoDays(x, y)) return true;
  return false;
}

/** Whether the two lists together hold one count, given on one day. */
export function oneTally(a: readonly DayCount[], b: readonly DayCount[]): boolean {
  const first = a[0];
  if (first === undefined || b.length === 0) return false;
  const same = (x: DayCount) =>
    x.measure === first.measure &&
    x.from === first.from &&
    x.to === first.from &&
    withinRounding(x.value, first.value);
  return a.every(same) && b.every(same);
}

/**
 * Whether the sentence counts as things stand on a day, not those a happening it dates befell:
 * a count up to its report ("The interior ministry said 5,800 people had been detained",
 * "inzwischen", "since Monday"), one its words date as given ("said on Monday", "as of Friday
 * morning"), or one in the present perfect whose day its paragraph lent ("Volgens het ministerie
 * zijn ruim 2000 mensen opgepakt" after "Betogers bestormden gisteren het stadhuis"). "Dabei
 * wurden rund 1200 Menschen festgenommen" counts the arrests of a camp cleared.
 */
function countedAsItStands(c: EventCandidate, published: string): boolean {
  if (c.runningTotal === true || c.when.precision === 'before-publication') return true;
  if (c.when.text !== undefined && opensWithSince(c.when.text)) return true;
  // "Sinds de presidentsverkiezingen van afgelopen zondag": from a day up to the report.
  if (!DAY_LEVEL.has(c.when.precision) && c.when.start < c.when.end && c.when.end.startsWith(published))
    return true;
  if (sentenceDay(c) !== undefined) return true;
  return c.sentence.timeFrom !== 'own' && isLang(c.language) && countedInPerfect(c.language, c.sentence.text);
}

/**
 * The counts of a candidate: exact figures of a kind counted so far that is no running toll of one
 * happening (lexicon `runs`, not `tallied`: the arrested, not the dead), in a report dated to the
 * day. Undefined when the candidate has figures but gives no such count, or vague ones beside
 * them: it then says nothing of one tally. Other kinds' figures ("nine jewels", "80.1 percent",
 * "5,000 troops") are no such counts.
 */
export function dayCountsOf(c: EventCandidate, publishedOf?: PublishedOf): DayCount[] | undefined {
  if (c.figures.length === 0) return [];
  const traits = kindTraits(c.kind);
  const published = publishedOf?.(c.document);
  if (traits.runs !== true || traits.tallied || published?.precision !== 'day') return undefined;
  const day = published.date;
  const stands = countedAsItStands(c, day);
  const reported = stands ? reportedDay(c, publishedOf) : undefined;
  const start = c.when.start.slice(0, 10);
  const from = reported ?? (start <= day ? start : undefined);
  if (from === undefined) return undefined;
  const to = reported ?? day;
  const counts: DayCount[] = [];
  for (const f of c.figures) {
    if (isVagueFigure(f)) return undefined;
    counts.push({ measure: f.counts, value: f.value, from, to, published: day });
  }
  return counts;
}

const NONE: readonly DayCount[] = [];

/**
 * The counts of each cluster, kept at its root, each once; and StretchCounts, which these counts
 * let through where both clusters give one tally of one day. Empty and never asked when no
 * candidate gives such a count.
 */
export class CountedDays {
  private readonly counts: (readonly DayCount[])[] = [];
  /** A cluster holds a count of no day of its own (a toll, a vague count): no one tally. */
  private readonly loose: Uint8Array;
  private readonly stretches: StretchCounts;
  private readonly any: boolean;

  constructor(
    features: readonly MergeFeatures[],
    cands: readonly EventCandidate[],
    publishedOf?: PublishedOf,
  ) {
    this.stretches = new StretchCounts(features);
    const all = cands.map((c) => dayCountsOf(c, publishedOf));
    this.any = all.some((counts) => counts !== undefined && counts.length > 0);
    this.loose = new Uint8Array(this.any ? cands.length : 0);
    if (!this.any) return;
    all.forEach((counts, i) => {
      this.counts.push(counts ?? NONE);
      if (counts === undefined) this.loose[i] = 1;
    });
  }

  /**
   * Whether joining the clusters at roots a and b would give counts of two days as one event, or
   * put a toll of weeks beside one of a day (StretchCounts) where they are not one tally.
   */
  clash(a: number, b: number): boolean {
    if (!this.any) return this.stretches.clash(a, b);
    const ca = this.counts[a] as readonly DayCount[];
    const cb = this.counts[b] as readonly DayCount[];
    if (countsApart(ca, cb)) return true;
    if (!this.stretches.clash(a, b)) return false;
    return this.loose[a] === 1 || this.loose[b] === 1 || !oneTally(ca, cb);
  }

  /** Keep the joined cluster's counts at its new root. */
  join(root: number, a: number, b: number): void {
    this.stretches.join(root, a, b);
    if (!this.any) return;
    const x = this.counts[a] as readonly DayCount[];
    const y = this.counts[b] as readonly DayCount[];
    this.counts[root] =
      y.length === 0 ? x : x.length === 0 ? y : [...x, ...y.filter((d) => !x.some((e) => same(d, e)))];
    this.loose[root] = (this.loose[a] as number) | (this.loose[b] as number);
  }
}

function same(x: DayCount, y: DayCount): boolean {
  return (
    x.measure === y.measure &&
    x.value === y.value &&
    x.from === y.from &&
    x.to === y.to &&
    x.published === y.published
  );
}
