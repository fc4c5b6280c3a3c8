/**
 * A running toll only rises: a report without a day of its own that counts more dead (or injured,
 * or missing) than every report with its own date was written after the latest of them ("zeven
 * doden" where the dated reports gave four, five and six).
 */
import { kindTraits } from './candidates/kind-traits.ts';
import type { Candidate } from './types.ts';

/** What the report's toll tops: the highest figure reports with their own dates gave, and the latest of them. */
export interface TollAbove {
  counts: string;
  value: number;
  /** The report with its own date that gave the highest figure. */
  highest: { document: string; value: number; date: string };
  /** The latest report with its own date that gave a figure of the same count: the report came after it. */
  latest: { document: string; date: string };
}

/** A forecast or a ceiling ("up to 20,000 feared") is no toll counted so far. */
const COUNTED = new Set(['exact', 'more-than', 'at-least', 'about']);

interface Tally {
  counts: string;
  value: number;
  document: string;
}

function tallies(candidates: readonly Candidate[], keep: (document: string) => boolean): Tally[] {
  const out: Tally[] = [];
  for (const c of candidates) {
    if (!keep(c.document) || !kindTraits(c.kind).tallied) continue;
    for (const f of c.figures)
      if (COUNTED.has(f.qualifier ?? 'exact'))
        out.push({ counts: f.counts, value: f.value, document: c.document });
  }
  return out;
}

/**
 * Whether the figures of one count, by the day of their reports, rise and never fall: a toll seen
 * to run ("vier", "vijf", "zes"), not the count of one happening each report repeats (26 killed in
 * the attack) nor counts of different happenings.
 */
function rises(same: readonly Tally[], ownDay: ReadonlyMap<string, string>): boolean {
  const highest = new Map<string, number>();
  for (const d of same) {
    const day = ownDay.get(d.document) ?? '';
    highest.set(day, Math.max(highest.get(day) ?? 0, d.value));
  }
  const values = [...highest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  for (let i = 1; i < values.length; i++) if ((values[i] as number) < (values[i - 1] as number)) return false;
  return values.length > 1 && (values[values.length - 1] as number) > (values[0] as number);
}

/**
 * What the toll `document` tells tops, or null: the counts reports with their own dates (`ownDay`,
 * document → day) gave rising from day to day — a toll seen to run, not one happening's count —
 * each below the report's. The highest count is told of: the report tops every figure of it.
 */
export function tollAbove(
  document: string,
  candidates: readonly Candidate[],
  ownDay: ReadonlyMap<string, string>,
): TollAbove | null {
  const own = tallies(candidates, (d) => d === document);
  if (own.length === 0) return null;
  const dated = tallies(candidates, (d) => ownDay.has(d));
  let best: TollAbove | null = null;
  for (const t of own) {
    const same = dated.filter((d) => d.counts === t.counts);
    if (!rises(same, ownDay) || same.some((d) => d.value >= t.value)) continue;
    let highest = same[0] as Tally;
    let latest = same[0] as Tally;
    for (const d of same) {
      if (d.value > highest.value) highest = d;
      if ((ownDay.get(d.document) ?? '') > (ownDay.get(latest.document) ?? '')) latest = d;
    }
    const found: TollAbove = {
      counts: t.counts,
      value: t.value,
      highest: { document: highest.document, value: highest.value, date: ownDay.get(highest.document) ?? '' },
      latest: { document: latest.document, date: ownDay.get(latest.document) ?? '' },
    };
    if (!best || found.latest.date > best.latest.date) best = found;
  }
  return best;
}

/** The reason's words for what the toll tops. */
export function describeToll(toll: TollAbove): string {
  return `${toll.value} ${toll.counts}, more than any report with its own date counts (at most ${toll.highest.value}, in ${toll.highest.document} of ${toll.highest.date})`;
}
