import type { EventCandidate } from '../candidates/event-candidate.ts';
import { isVagueFigure } from '../candidates/figure-phrase.ts';
import { isAddition } from '../candidates/increments.ts';
import { isAmount } from '../candidates/amounts.ts';
import { kindTraits } from '../candidates/kind-traits.ts';
import type { Conflict, Figure, Source } from '../../schema/events.ts';
import { uniqueSources } from './sources.ts';
import { whenConflict } from './when-conflict.ts';
import type { IsCity } from './features.ts';
import {
  splitByScope,
  splitScopedParts,
  tallyScope,
  type IsCountry,
  type Scope,
  type Tally,
} from './part-tolls.ts';
import { byReported, earliestReported, type PublishedOf } from './reported-day.ts';
import { withoutSuperseded } from './superseded-counts.ts';

export type SourceOf = (c: EventCandidate) => Source;

/** The upper end of a range the same sentence gives ("between 12 and 15"): one estimate with its lower end. */
function rangeTop(f: Figure, figures: readonly Figure[]): boolean {
  return (
    f.qualifier === 'up-to' &&
    figures.some((o) => o.counts === f.counts && o.qualifier === 'at-least' && o.value < f.value)
  );
}

/** Words that give figures to parties in turn: no figure of such a sentence contradicts another. */
const IN_TURN = /(?<!\p{L})(?:respectively|respectievelijk|beziehungsweise|jeweils)(?!\p{L})/iu;

function givesInTurn(text: string | undefined): boolean {
  return text !== undefined && IN_TURN.test(text);
}

/**
 * Counts of a kind counted as a total so far (lexicon `countsOn`: those who fled) and no toll: a
 * tally's rising counts stay in its conflicts, which its title reads (counted-title.ts), and so do
 * the arrested's, told by one ministry day after day and by others in between.
 */
function runningCount(group: readonly Tally[]): boolean {
  return group.every(([, cs]) =>
    cs.every((c) => {
      const traits = kindTraits(c.kind);
      return traits.countsOn === true && !traits.tallied;
    }),
  );
}

/**
 * Each later day counts more, and a count with no day of its own tops them all (a report without
 * a day that counts more came after): "mehr als 28.000" on the 26th, 65,036 on the 28th and
 * "mehr als 100.400" in an undated report count on, no source disagrees.
 */
function risesDayByDay(values: readonly { value: number; reported?: string }[]): boolean {
  for (let i = 1; i < values.length; i++) {
    const before = values[i - 1] as { value: number; reported?: string };
    const at = values[i] as { value: number; reported?: string };
    if (before.reported === undefined || at.value <= before.value) return false;
    if (at.reported !== undefined && at.reported <= before.reported) return false;
  }
  return true;
}

/**
 * Where the sources disagree: a figure of the same measure with different values
 * ("more than 3,000" and "more than 4,000" people arrested; additions such as "three more" are
 * no totals to disagree with), or different days (when-conflict.ts). Every value is kept
 * with the sources that give it; nothing is averaged or picked. `isCity` tells a town's tally
 * from a region's (part-tolls.ts). A figure's values carry the day they were first reported and
 * come in that order (reported-day.ts, with `publishedOf`): a count that rose reads as it rose.
 */
export function findConflicts(
  members: EventCandidate[],
  sourceOf: SourceOf,
  order: (a: Source, b: Source) => number,
  isCity?: IsCity,
  publishedOf?: PublishedOf,
  isCountry?: IsCountry,
): Conflict[] {
  const conflicts: Conflict[] = [];
  // One sentence disagrees with itself only where it gives two figures, and not where it gives
  // them to two parties in turn ("pledged €200m and €100m respectively").
  if (members.length < 2 && ((members[0]?.figures.length ?? 0) < 2 || givesInTurn(members[0]?.sentence.text)))
    return conflicts;
  const byMeasure = new Map<string, Map<number, EventCandidate[]>>();
  // A sentence that gives two percentages of one measure gives them to two things ("won 80.1% of the
  // vote and Tsikhanouskaya 10.1%", "58 procent, toen 56 procent"): its event's are no two accounts.
  const sharedOut = new Set<string>();
  for (const c of members) {
    for (const f of c.figures) {
      if (f.unit && c.figures.some((o) => o !== f && o.counts === f.counts && o.value !== f.value))
        sharedOut.add(f.counts);
      // "Five more bodies" and "two more bodies" are mostly two recoveries, not two accounts of one.
      if (isVagueFigure(f) || isAddition(f) || rangeTop(f, c.figures)) continue;
      const values = byMeasure.get(f.counts) ?? new Map<number, EventCandidate[]>();
      byMeasure.set(f.counts, values);
      const list = values.get(f.value) ?? [];
      if (!list.includes(c)) list.push(c);
      values.set(f.value, list);
    }
  }
  let scopes: Map<EventCandidate, Scope> | undefined;
  const scopeOf = (c: EventCandidate): Scope => {
    scopes ??= new Map();
    if (!scopes.has(c)) scopes.set(c, isCity ? tallyScope(c, isCity) : undefined);
    return scopes.get(c);
  };
  for (const [measure, values] of [...byMeasure].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (values.size < 2) continue;
    const all = [...values].sort((a, b) => a[0] - b[0]);
    if (sharedOut.has(measure)) continue;
    // "A loss of $1.8 billion and … $2.25 billion in new capital": sums of different things.
    if (isAmount(measure) && new Set(all.flatMap(([, cs]) => cs.map((c) => c.sentence))).size < 2) continue;
    // A town's dead among a region's, or a country's among a quake's, are no second account of the whole.
    const groups: Tally[][] = (isCity &&
      (splitByScope(all, scopeOf) ?? splitScopedParts(all, isCity, scopeOf, isCountry))) || [all];
    for (const group of groups.map(withoutSuperseded)) {
      if (group.length < 2) continue;
      const values = group
        .map(([value, cs]) => {
          const sources = uniqueSources(cs.map(sourceOf), order);
          const reported = earliestReported(cs, publishedOf);
          return reported === undefined ? { value, sources } : { value, reported, sources };
        })
        .sort(byReported);
      if (!(runningCount(group) && risesDayByDay(values)))
        conflicts.push({ field: `figures.${measure}`, values });
    }
  }
  const when = whenConflict(members, sourceOf, order);
  if (when) conflicts.push(when);
  return conflicts;
}

/**
 * One figure per measure and value; vague ones ("thousands") only where no exact value is given,
 * and one of them only: "dozens" and "tientallen" are one vague count, not 24 against 20.
 */
export function combineFigures(members: EventCandidate[]): Figure[] {
  if (members.every((c) => c.figures.length === 0)) return [];
  const ordered = [...members].sort((a, b) => Number(b.language === 'en') - Number(a.language === 'en'));
  const out: Figure[] = [];
  const precise = new Set<string>();
  for (const c of ordered) for (const f of c.figures) if (!isVagueFigure(f)) precise.add(f.counts);
  for (const c of ordered) {
    for (const f of c.figures) {
      const vague = isVagueFigure(f);
      if (vague && precise.has(f.counts)) continue;
      if (out.some((o) => o.counts === f.counts && (o.value === f.value || (vague && isVagueFigure(o)))))
        continue;
      out.push(f);
    }
  }
  return out.sort((a, b) => (a.counts < b.counts ? -1 : a.counts > b.counts ? 1 : a.value - b.value));
}
