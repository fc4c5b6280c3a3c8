/**
 * One happening befalls one person or one counted crowd, or a person with the crowd his reports
 * count (see crowd.ts). A cluster keeps its one person and the figures its reports count at its
 * root, so that no chain of reports joins two people, or a person and another crowd.
 */
import { crowdAndPerson, figureKeys, MANY, named, shareKey } from './crowd.ts';
import type { MergeFeatures } from './features.ts';
import { listedPerson, patientsClash } from './similarity.ts';
import { nationShares, shareOfToll } from './nation-shares.ts';

export class Patients {
  private readonly patient: (string | undefined)[];
  private readonly counted: (readonly string[])[];
  /** What befell the nations' people a cluster counts, where it counts only such shares (nation-shares.ts). */
  private readonly shares: (readonly string[])[];

  constructor(features: readonly MergeFeatures[]) {
    this.patient = features.map((f) => f.patient || undefined);
    this.counted = features.map(figureKeys);
    this.shares = features.map(nationShares);
  }

  /** Whether joining the clusters at roots a and b would put two patients under one event. */
  clash(a: number, b: number): boolean {
    const pa = this.patient[a];
    const pb = this.patient[b];
    const ka = this.counted[a] as readonly string[];
    const kb = this.counted[b] as readonly string[];
    return (
      patientsClash(pa, pb) &&
      !(
        crowdAndPerson(pa, pb) &&
        (shareKey(ka, kb) || this.shareOfToll(pa === MANY ? a : b, pa === MANY ? b : a))
      )
    );
  }

  /** The crowd's cluster counts only nations' shares of what the person's cluster counts as a whole. */
  private shareOfToll(crowd: number, person: number): boolean {
    return shareOfToll(this.shares[crowd] as readonly string[], this.counted[person] as readonly string[]);
  }

  join(root: number, a: number, b: number): void {
    const pa = this.patient[a];
    const pb = this.patient[b];
    // A person with his crowd is the person's death. A person described and then named is the one
    // named: "Police arrested a 32-year-old" joined to Breivik's arrest is his, which "the suspect
    // gave himself up" may join too.
    this.patient[root] = crowdAndPerson(pa, pb) ? (pa === MANY ? pb : pa) : namedFirst(pa, pb);
    const ka = this.counted[a] as readonly string[];
    const kb = this.counted[b] as readonly string[];
    // A nation's share joined to its toll is the toll's: only a cluster of shares alone keeps them.
    const sa = this.shares[a] as readonly string[];
    const sb = this.shares[b] as readonly string[];
    const whole = (ka.length > 0 && sa.length === 0) || (kb.length > 0 && sb.length === 0);
    this.shares[root] = whole ? [] : [...new Set([...sa, ...sb])];
    this.counted[root] = kb.length === 0 ? ka : ka.length === 0 ? kb : [...new Set([...ka, ...kb])];
  }
}

/** Of two patients one joins, the person the data list, if only the second is one. */
function namedFirst(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return !named(a) && listedPerson(b) ? b : a;
}
