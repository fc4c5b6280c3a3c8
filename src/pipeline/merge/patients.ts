/**
 * One happening befalls one person or one counted crowd, or a person with the crowd his reports
 * count (see crowd.ts). A cluster keeps its one person and the figures its reports count at its
 * root, so that no chain of reports joins two people, or a person and another crowd.
 */
import { crowdAndPerson, figureKeys, MANY, shareKey } from './crowd.ts';
import type { MergeFeatures } from './features.ts';
import { patientsClash } from './similarity.ts';

export class Patients {
  private readonly patient: (string | undefined)[];
  private readonly counted: (readonly string[])[];

  constructor(features: readonly MergeFeatures[]) {
    this.patient = features.map((f) => f.patient || undefined);
    this.counted = features.map(figureKeys);
  }

  /** Whether joining the clusters at roots a and b would put two patients under one event. */
  clash(a: number, b: number): boolean {
    const pa = this.patient[a];
    const pb = this.patient[b];
    return (
      patientsClash(pa, pb) &&
      !(
        crowdAndPerson(pa, pb) &&
        shareKey(this.counted[a] as readonly string[], this.counted[b] as readonly string[])
      )
    );
  }

  join(root: number, a: number, b: number): void {
    const pa = this.patient[a];
    const pb = this.patient[b];
    // A person with his crowd is the person's death.
    this.patient[root] = crowdAndPerson(pa, pb) ? (pa === MANY ? pb : pa) : (pa ?? pb);
    const ka = this.counted[a] as readonly string[];
    const kb = this.counted[b] as readonly string[];
    this.counted[root] = kb.length === 0 ? ka : ka.length === 0 ? kb : [...new Set([...ka, ...kb])];
  }
}
