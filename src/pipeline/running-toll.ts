/**
 * A running toll only rises: a report without a day of its own that counts more dead (or injured,
 * or missing) than every report with its own date was written after the latest of them ("zeven
 * doden" where the dated reports gave four, five and six).
 */
import { kindTraits } from './candidates/kind-traits.ts';
import type { Candidate } from './types.ts';

/**
 * The latest report with its own date that counts fewer than the report: it was written after it;
 * and the first that counts more: it was written by that report's day.
 */
export interface TollAbove {
  counts: string;
  value: number;
  below: DayTally;
  above?: DayTally;
}

/**
 * A day's highest figure of a count; `reach` is the most a rounded lower bound may stand for
 * ("more than 500": up to 599), so a report counting 511 is not shown to be later than it.
 */
export interface DayTally {
  document: string;
  value: number;
  date: string;
  reach?: number;
}

/** A forecast or a ceiling ("up to 20,000 feared") is no toll counted so far. */
const COUNTED = new Set(['exact', 'more-than', 'at-least', 'about']);

interface Tally {
  counts: string;
  value: number;
  document: string;
  reach?: number;
}

/** The most a rounded "more than 500" or "at least 1,000" may stand for: up to its next round step. */
export function boundReach(value: number, qualifier: string | undefined): number | undefined {
  if (qualifier !== 'more-than' && qualifier !== 'at-least') return undefined;
  let step = 1;
  while (step * 10 <= value && value % (step * 10) === 0) step *= 10;
  return step > 1 ? value + step - 1 : undefined;
}

function tallies(candidates: readonly Candidate[], keep: (document: string) => boolean): Tally[] {
  const out: Tally[] = [];
  for (const c of candidates) {
    if (!keep(c.document) || kindTraits(c.kind).runs !== true) continue;
    for (const f of c.figures)
      if (COUNTED.has(f.qualifier ?? 'exact')) {
        const reach = boundReach(f.value, f.qualifier);
        out.push({ counts: f.counts, value: f.value, document: c.document, ...(reach ? { reach } : {}) });
      }
  }
  return out;
}

/** Each day's highest figure of one count, with the report that gives it, in date order. */
function byDay(same: readonly Tally[], ownDay: ReadonlyMap<string, string>): DayTally[] {
  const highest = new Map<string, DayTally>();
  for (const d of same) {
    const date = ownDay.get(d.document) ?? '';
    const held = highest.get(date);
    if (!held || d.value > held.value)
      highest.set(date, {
        document: d.document,
        value: d.value,
        date,
        ...(d.reach ? { reach: d.reach } : {}),
      });
  }
  return [...highest.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Whether a count's daily highest figures rise and never fall: a toll seen to run ("vier", "vijf",
 * "zes"), not the count of one happening each report repeats (26 killed in the attack) nor counts
 * of different happenings.
 */
function rises(days: readonly DayTally[]): boolean {
  for (let i = 1; i < days.length; i++)
    if ((days[i] as DayTally).value < (days[i - 1] as DayTally).value) return false;
  return days.length > 1 && (days[days.length - 1] as DayTally).value > (days[0] as DayTally).value;
}

/**
 * The counts of the reports, gathered once for a whole corpus: each report's own tallies, and each
 * count's daily highest figures among the reports with their own date (`ownDay`: document → day)
 * when they rise. Looking every report up in it, rather than going through every candidate for
 * each, keeps dating the undated reports linear in the corpus.
 */
export interface TollIndex {
  own: ReadonlyMap<string, readonly Tally[]>;
  rising: ReadonlyMap<string, readonly DayTally[]>;
}

export function tollIndex(candidates: readonly Candidate[], ownDay: ReadonlyMap<string, string>): TollIndex {
  const own = new Map<string, Tally[]>();
  for (const t of tallies(candidates, () => true)) {
    const held = own.get(t.document);
    if (held) held.push(t);
    else own.set(t.document, [t]);
  }
  const dated = new Map<string, Tally[]>();
  for (const t of tallies(candidates, (d) => ownDay.has(d))) {
    const held = dated.get(t.counts);
    if (held) held.push(t);
    else dated.set(t.counts, [t]);
  }
  const rising = new Map<string, DayTally[]>();
  for (const [counts, same] of dated) {
    const days = byDay(same, ownDay);
    if (rises(days)) rising.set(counts, days);
  }
  return { own, rising };
}

/** Each count's daily highest figures among the reports with their own date, in date order, rising or not. */
export function dailyHighest(
  candidates: readonly Candidate[],
  ownDay: ReadonlyMap<string, string>,
): Map<string, DayTally[]> {
  const dated = new Map<string, Tally[]>();
  for (const t of tallies(candidates, (d) => ownDay.has(d))) {
    const held = dated.get(t.counts);
    if (held) held.push(t);
    else dated.set(t.counts, [t]);
  }
  const daily = new Map<string, DayTally[]>();
  for (const [counts, same] of dated) daily.set(counts, byDay(same, ownDay));
  return daily;
}

/**
 * The index `tollIndex` gives for one report's own counts and the dated reports of the days from
 * `from` to `to`, read from their daily highest figures (`dailyHighest`) without gathering them
 * again for each report.
 */
export function tollIndexWithin(
  document: string,
  own: readonly Candidate[],
  daily: ReadonlyMap<string, readonly DayTally[]>,
  from: string,
  to: string,
): TollIndex {
  const counted = tallies(own, () => true);
  const rising = new Map<string, DayTally[]>();
  for (const t of counted) {
    if (rising.has(t.counts)) continue;
    const days = daily.get(t.counts)?.filter((d) => d.date >= from && d.date <= to);
    if (days && rises(days)) rising.set(t.counts, days);
  }
  return { own: new Map([[document, counted]]), rising };
}

/**
 * The latest report with its own date that counts fewer than `document` does, or null, of a count
 * those reports give rising from day to day. Reports give the latest count they know, so the
 * report came after the last that knew a lower one, whether or not a later dated report gives its
 * count too ("225 getötet", told from 15 January on).
 */
export function tollAbove(document: string, index: TollIndex): TollAbove | null {
  let best: TollAbove | null = null;
  const highest = new Map<string, number>();
  for (const t of index.own.get(document) ?? []) {
    const days = index.rising.get(t.counts);
    if (!days) continue;
    highest.set(t.counts, Math.max(highest.get(t.counts) ?? 0, t.value));
    let below: DayTally | undefined;
    for (const day of days) if ((day.reach ?? day.value) < t.value) below = day;
    if (below && (!best || below.date > best.below.date)) best = { counts: t.counts, value: t.value, below };
  }
  return best ? { ...best, ...countedMore(highest, index) } : best;
}

/**
 * The first dated report that counts more than the report's toll (its highest figure of a count,
 * not the dead of one place it names besides): "413 dead" where a dated report already gave "mehr
 * als 420" was written by that report's day.
 */
function countedMore(highest: ReadonlyMap<string, number>, index: TollIndex): Pick<TollAbove, 'above'> {
  let above: TollAbove['above'];
  for (const [counts, value] of highest) {
    const more = index.rising.get(counts)?.find((day) => day.value > value);
    if (more && (!above || more.date < above.date)) above = more;
  }
  return above ? { above } : {};
}

/** The reason's words for what the count tops. */
export function describeToll(toll: TollAbove): string {
  const { document, value, date } = toll.below;
  return `${toll.value} ${toll.counts}, more than the ${value} of ${document} (${date}), the latest report with its own date to count fewer`;
}
