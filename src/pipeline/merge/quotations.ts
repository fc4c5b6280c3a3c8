/**
 * A quotation that opens its sentence ('"We will not negotiate," Tokayev said', '„…", sagte
 * Scholz', '"…", zei hij') is cited in the statement its speaker made that day, never an event of
 * its own: who said it when is the statement's to tell, and a quotation alone is too often a
 * voice the article only passes on (a resident, a protester) or a day the text does not give.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { When } from '../types.ts';
import type { UnionFind } from './union-find.ts';
import { UNKNOWN_PREFIX } from '../entities/text.ts';

/** Precisions that name a day: a quotation dated only before publication joins nothing. */
const OF_A_DAY = new Set(['time', 'part-of-day', 'day']);
const GUESSED = new Set(['fuzzy', 'context']);

function days(w: When): string {
  return `${w.start.slice(0, 10)}/${w.end.slice(0, 10)}`;
}

/**
 * Joins each quotation to the cluster of what its speaker did that day: their statement, the one
 * its own article tells nearest before it, else the first other report's; else another happening
 * of theirs its paragraph tells (a visit, an announcement, an order). A quotation that finds none is
 * an event of its own only where a listed speaker said it on the one day the text gives
 * (stands), joined with the other reports of those words; the rest make no event and are
 * returned.
 */
export function joinQuotations(cands: readonly EventCandidate[], uf: UnionFind): Set<number> {
  const alone = new Set<number>();
  // What each agent did, by agent and days: a corpus of thousands of reports quotes one speaker
  // thousands of times, and each quotation looks only at that speaker's deeds of its own days.
  let deeds: Map<string, number[]> | undefined;
  const firstSaid = new Map<string, number>();
  cands.forEach((q, i) => {
    if (!q.quoteLed) return;
    if (deeds === undefined) {
      deeds = new Map();
      cands.forEach((c, j) => {
        if (c.quoteLed || c.agent === undefined) return;
        const key = `${c.agent} ${days(c.when)}`;
        const list = deeds?.get(key);
        if (list) list.push(j);
        else deeds?.set(key, [j]);
      });
    }
    const day = OF_A_DAY.has(q.when.precision) ? days(q.when) : undefined;
    const same =
      (day === undefined || q.agent === undefined ? undefined : deeds.get(`${q.agent} ${day}`)) ?? [];
    const said = same.filter((j) => (cands[j] as EventCandidate).kind === q.kind);
    // Another deed only where the paragraph tells it with the words: "Scholz besuchte am Samstag
    // den Tatort. "Was für eine furchtbare Tat", sagte Scholz.", not the storming of another report.
    const told = same.filter((j) => (cands[j] as EventCandidate).sentence.paragraph === q.sentence.paragraph);
    const target = nearest(cands, q, said) ?? said[0] ?? nearest(cands, q, told);
    if (target !== undefined) uf.union(i, target);
    else if (!stands(q)) alone.add(i);
    else {
      const key = `${q.agent ?? ''} ${q.when.start.slice(0, 10)}`;
      const first = firstSaid.get(key);
      if (first === undefined) firstSaid.set(key, i);
      else uf.union(i, first);
    }
  });
  return alone;
}

/** A listed speaker's words on a day the text gives: '"…very worrying," WHO Director-General Tedros said'. */
function stands(q: EventCandidate): boolean {
  const { agent, when } = q;
  return (
    agent !== undefined &&
    !agent.startsWith(UNKNOWN_PREFIX) &&
    !agent.startsWith('~') &&
    OF_A_DAY.has(when.precision) &&
    when.start.slice(0, 10) === when.end.slice(0, 10) &&
    // A name only guessed ('"No one will be left behind," said Almodóvar' in a translation that
    // garbled Sánchez) may join his deeds but carries no event alone.
    !q.sentence.mentions.some((m) => m.id === agent && GUESSED.has(m.resolution))
  );
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
