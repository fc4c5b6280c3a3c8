/**
 * A measure told apart by who takes it (lexicon `byAgent`): within one report, different agents
 * took different measures ("Die Bundeswehr hat … ausgeflogen", "Die USA hatten ihre
 * Botschaftsmitarbeiter … geholt"), so no chain of reports that name neither joins them.
 */
import type { MergeFeatures } from './features.ts';

export class AgentsApart {
  /** Per cluster root: each report's agent of such a measure. */
  private readonly agents: (ReadonlyMap<string, string> | undefined)[];

  constructor(features: readonly MergeFeatures[]) {
    this.agents = features.map((f) =>
      f.byAgent && f.agent !== undefined && !f.agent.startsWith('~')
        ? new Map([[f.document, f.agent]])
        : undefined,
    );
  }

  /** Whether joining the clusters at roots a and b would give one report's measure two agents. */
  clash(a: number, b: number): boolean {
    const mine = this.agents[a];
    const theirs = this.agents[b];
    if (!mine || !theirs) return false;
    for (const [document, agent] of mine) {
      const other = theirs.get(document);
      if (other !== undefined && other !== agent) return true;
    }
    return false;
  }

  /** Keep the joined cluster's agents at its new root. */
  join(root: number, a: number, b: number): void {
    const mine = this.agents[a];
    const theirs = this.agents[b];
    this.agents[root] = mine && theirs ? new Map([...mine, ...theirs]) : (mine ?? theirs);
  }
}
