/**
 * A measure told apart by who takes it (lexicon `byAgent`): within one report, different agents
 * took different measures ("Die Bundeswehr hat … ausgeflogen", "Die USA hatten ihre
 * Botschaftsmitarbeiter … geholt"), so no chain of reports that name neither joins them.
 */
import type { MergeFeatures } from './features.ts';

export class AgentsApart {
  /** Per cluster root: each report's agent of such a measure. */
  private readonly agents: (Map<string, string> | undefined)[];

  constructor(features: readonly MergeFeatures[]) {
    this.agents = features.map((f) =>
      f.byAgent && f.agent !== undefined && !f.agent.startsWith('~')
        ? new Map([[f.document, f.agent]])
        : undefined,
    );
  }

  /** Whether joining the clusters at roots a and b would give one report's measure two agents. */
  clash(a: number, b: number): boolean {
    const [small, large] = bySize(this.agents[a], this.agents[b]);
    if (!small || !large) return false;
    for (const [document, agent] of small) {
      const other = large.get(document);
      if (other !== undefined && other !== agent) return true;
    }
    return false;
  }

  /**
   * Keep the joined cluster's agents at its new root: the smaller cluster's are added to the
   * larger's, whose old root is read no more (joining so keeps a large merge from copying them
   * again at every join).
   */
  join(root: number, a: number, b: number): void {
    const mine = this.agents[a];
    const theirs = this.agents[b];
    if (!mine || !theirs) {
      this.agents[root] = mine ?? theirs;
      return;
    }
    // b's agent of a report stands where the two differ, as it always has.
    if (mine.size > theirs.size) for (const [document, agent] of theirs) mine.set(document, agent);
    else for (const [document, agent] of mine) if (!theirs.has(document)) theirs.set(document, agent);
    this.agents[root] = mine.size > theirs.size ? mine : theirs;
  }
}

function bySize<T extends { size: number }>(
  a: T | undefined,
  b: T | undefined,
): [T | undefined, T | undefined] {
  if (!a || !b) return [a ?? b, undefined];
  return a.size <= b.size ? [a, b] : [b, a];
}
