/**
 * "Volgens de politie zijn inmiddels ruim 480 mensen opgepakt" and "around 150 people were arrested
 * over the weekend"; "insgesamt 37 Menschen getötet" on Tuesday and Wednesday and "at least 20" on
 * Wednesday: a total so far counts more than one day's or one weekend's happening. A cluster giving
 * a smaller dated count of the same thing is another happening, not a disagreement about the total.
 */
import type { MergeFeatures } from './features.ts';
import { soFar } from '../so-far.ts';
import { allCounted } from './all-counted.ts';
import { countsLastPart } from './last-part.ts';
import type { Candidate } from '../types.ts';
import { callsSum } from '../time/summed-count.ts';
import { figureKeys, measureOf, valueOf } from './separate.ts';

/** A part named as such ("on Thursday alone", "allein am Donnerstag", "alleen al in"): no total. */
const ALONE = /(?<!\p{L})(?:alone|allein|alleen)(?!\p{L})/iu;

/**
 * Whether the sentence gives its counts as a total, cheapest test first. A toll of a tallied kind
 * (the dead) "so far" is the running toll of one happening, which its day's reports tell too
 * ("inmiddels vijf doden" beside "four people dead after three nights of rioting"); only a sum
 * ("insgesamt") makes it the total of several. So does all of a group counted ("alle twaalf
 * jongens"), save of the dead: "all 150 on board were killed" is the toll of one crash.
 */
export function callsTotal(text: string, tallied: boolean): boolean {
  return (callsSum(text) || (!tallied && (soFar(text) || allCounted(text)))) && !ALONE.test(text);
}

/** Whether some total counts the same thing as a smaller dated count that is not that total. */
function totalsOver(totals: readonly string[], dated: readonly string[]): boolean {
  for (const total of totals) {
    const measure = measureOf(total);
    const value = valueOf(total);
    for (const key of dated) if (measureOf(key) === measure && valueOf(key) < value) return true;
  }
  return false;
}

const NONE: readonly string[] = [];

/**
 * The totals and the dated counts of each cluster, kept at its root like SeparateCounts; empty and
 * never asked when no report gives a total. A running tally ("the toll rose to 137") is no total
 * here: TallyDays keeps its days.
 */
export class TotalCounts {
  private readonly totals: (readonly string[])[] = [];
  private readonly dated: (readonly string[])[] = [];
  private readonly any: boolean;

  constructor(features: readonly MergeFeatures[], candidates: readonly Candidate[]) {
    this.any = features.some((f) => f.total);
    if (!this.any) return;
    features.forEach((f, i) => {
      const keys = f.figureCounts.length > 0 && !f.tally ? figureKeys(f) : NONE;
      this.totals.push(f.total ? keys : NONE);
      // The last of a group counted ("de laatste vier jongens") completes the total, no smaller rival.
      const dated = !f.total && f.dated && !f.stretchCount && keys.length > 0;
      this.dated.push(dated && !countsLastPart((candidates[i] as Candidate).sentence.text) ? keys : NONE);
    });
  }

  /** Whether joining the clusters at roots a and b would put a total beside a smaller dated count. */
  clash(a: number, b: number): boolean {
    if (!this.any) return false;
    const ta = this.totals[a] as readonly string[];
    const tb = this.totals[b] as readonly string[];
    return (
      (ta.length > 0 && totalsOver(ta, this.dated[b] as readonly string[])) ||
      (tb.length > 0 && totalsOver(tb, this.dated[a] as readonly string[]))
    );
  }

  /**
   * Keep the joined cluster's counts at its new root, each once: a story's many reports of one toll
   * repeat a few values, and the lists stay as short as those.
   */
  join(root: number, a: number, b: number): void {
    if (!this.any) return;
    for (const list of [this.totals, this.dated]) {
      const x = list[a] as readonly string[];
      const y = list[b] as readonly string[];
      list[root] = x.length === 0 ? y : y.length === 0 ? x : [...new Set([...x, ...y])];
    }
  }
}
