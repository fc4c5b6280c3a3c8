/**
 * Which of the dated reports telling the same story an undated one follows. Reports repeat what
 * earlier ones told, so sharing the earliest report's facts says little; sharing a fact that only
 * later reports tell ("40.000 mensen" at a strike a week on) says the undated report was written
 * after that fact was known. Weighed only on a figure or two names: one name is too often a
 * coincidence.
 */

export interface SisterLike {
  date: string;
  score: number;
  /** Fingerprint features the undated report shares with it ("n:40000", "w:mtstks"). */
  shared: readonly string[];
  /** How many dated reports it stands for (more than one for a day's reports taken together). */
  members: number;
}

export interface News<T> {
  sister: T;
  /** What the undated report shares with it and with no report dated before it. */
  features: string[];
}

function telling(features: readonly string[]): boolean {
  return features.some((f) => f.startsWith('n:')) || features.length >= 2;
}

/**
 * The latest sister from `threshold` up whose facts the undated report shares and no earlier
 * sister tells, if any.
 */
export function latestNews<T extends SisterLike>(
  sisters: readonly T[],
  threshold: number,
): News<T> | undefined {
  const single = sisters.filter((s) => s.members === 1);
  let best: News<T> | undefined;
  for (const sister of single) {
    if (sister.score < threshold || (best && sister.date <= best.sister.date)) continue;
    const earlier = new Set(single.filter((s) => s.date < sister.date).flatMap((s) => s.shared));
    if (earlier.size === 0) continue;
    const features = sister.shared.filter((f) => !earlier.has(f));
    if (telling(features)) best = { sister, features };
  }
  return best;
}
