/**
 * A quotation that opens its sentence ('"We will not negotiate," Tokayev said', '„…", sagte
 * Scholz', '"…", zei hij') is cited in the statement its speaker made that day, never an event of
 * its own: who said it when is the statement's to tell, and a quotation alone is too often a
 * voice the article only passes on (a resident, a protester) or a day the text does not give.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { When } from '../types.ts';
import type { UnionFind } from './union-find.ts';

/** Precisions that name a day: a quotation dated only before publication joins nothing. */
const OF_A_DAY = new Set(['time', 'part-of-day', 'day']);

function days(w: When): string {
  return `${w.start.slice(0, 10)}/${w.end.slice(0, 10)}`;
}

/**
 * Joins each quotation to the cluster of its speaker's statement of the same day: the one its
 * own article tells nearest before it, else the first other report's. Returns the quotations
 * that found none, which make no event.
 */
export function joinQuotations(cands: readonly EventCandidate[], uf: UnionFind): Set<number> {
  const alone = new Set<number>();
  let statements: Map<string, number[]> | undefined;
  cands.forEach((q, i) => {
    if (!q.quoteLed) return;
    if (statements === undefined) {
      statements = new Map();
      cands.forEach((c, j) => {
        if (c.quoteLed || c.kind !== 'statement' || c.agent === undefined) return;
        const list = statements?.get(c.agent);
        if (list) list.push(j);
        else statements?.set(c.agent, [j]);
      });
    }
    const day = OF_A_DAY.has(q.when.precision) ? days(q.when) : undefined;
    const said = (q.agent === undefined ? undefined : statements.get(q.agent)) ?? [];
    const same = day === undefined ? [] : said.filter((j) => days((cands[j] as EventCandidate).when) === day);
    const target = nearest(cands, q, same) ?? same[0];
    if (target === undefined) alone.add(i);
    else uf.union(i, target);
  });
  return alone;
}

/** Of `same`, the statement of `q`'s article that stands nearest before it, or nearest after it. */
function nearest(
  cands: readonly EventCandidate[],
  q: EventCandidate,
  same: readonly number[],
): number | undefined {
  let best: number | undefined;
  let bestScore = Infinity;
  for (const j of same) {
    const c = cands[j] as EventCandidate;
    if (c.document !== q.document) continue;
    const gap = q.sentence.index - c.sentence.index;
    // Before the quotation comes first: the statement it goes on from.
    const score = gap > 0 ? gap : 1000 - gap;
    if (score < bestScore) {
      best = j;
      bestScore = score;
    }
  }
  return best;
}

/** The candidates whose time an event takes: its statement's own reports, not the quotations joined to them. */
export function ownReports(cands: EventCandidate[]): EventCandidate[] {
  const own = cands.filter((c) => !c.quoteLed);
  return own.length > 0 ? own : cands;
}
