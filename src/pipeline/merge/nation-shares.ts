/**
 * "Unter den Opfern sind … 67 Deutsche", "Spain's government says 50 Spaniards died": a crowd
 * counted only as one nation's people (candidates/nationals-among.ts) is a share of a toll, no
 * crowd of its own. It belongs with the happening whose reports count the whole toll of the same
 * befalling, whoever that happening's person is (the plane that crashed, killing all 150 on board).
 */
import type { MergeFeatures } from './features.ts';

const NONE: readonly string[] = [];

/** A nation's people counted: "people from Spain killed". */
const NATION_SHARE = /^people from .+ (\S+)$/;

/** What befell the nation's people each figure counts ("killed"), or none when one counts a whole crowd. */
export function nationShares(f: Pick<MergeFeatures, 'figureCounts'>): readonly string[] {
  if (f.figureCounts.length === 0) return NONE;
  const verbs: string[] = [];
  for (const counts of f.figureCounts) {
    const share = NATION_SHARE.exec(counts);
    if (!share) return NONE;
    verbs.push(share[1] as string);
  }
  return verbs;
}

/**
 * The shares of one side (`shares`) all befell as the whole toll the other side counts (`counted`:
 * figure keys, see crowd.ts figureKeys, "killed\u0000150").
 */
export function shareOfToll(shares: readonly string[], counted: readonly string[]): boolean {
  return (
    shares.length > 0 &&
    shares.every((verb) => counted.some((key) => key.slice(0, key.indexOf('\u0000')) === verb))
  );
}
