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
 * sister tells, if any; of one day's, the first listed. Once an earlier sister tells the same
 * story, one whose new facts include a figure counts from `figureThreshold` up: "225 killed",
 * given only by reports of a week on, says more than the names every report of the story shares;
 * what the undated report writes as someone's age (`ages`: "der 81-Jährige") is no news at all.
 * Sisters are read in date order, gathering what the earlier days told: a story with a hundred
 * dated reports is read once, not once per report.
 */
export function latestNews<T extends SisterLike>(
  sisters: readonly T[],
  threshold: number,
  figureThreshold: number = threshold,
  ages: ReadonlySet<string> = new Set(),
): News<T> | undefined {
  const byDate = sisters
    .filter((s) => s.members === 1)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const told = new Set<string>();
  // The lower share holds only once an earlier report is known to tell the same story.
  let storyKnown = false;
  let best: News<T> | undefined;
  for (let i = 0; i < byDate.length;) {
    const date = (byDate[i] as T).date;
    let end = i;
    while (end < byDate.length && (byDate[end] as T).date === date) end++;
    for (let k = i; k < end && told.size > 0; k++) {
      const sister = byDate[k] as T;
      if (sister.score < Math.min(threshold, figureThreshold) || best?.sister.date === date) continue;
      const features = sister.shared.filter((f) => !told.has(f) && !ages.has(f));
      const figure = features.some((f) => f.startsWith('n:'));
      if (sister.score >= (figure && storyKnown ? figureThreshold : threshold) && telling(features))
        best = { sister, features };
    }
    for (let k = i; k < end; k++) {
      const sister = byDate[k] as T;
      for (const f of sister.shared) told.add(f);
      if (sister.score >= threshold) storyKnown = true;
    }
    i = end;
  }
  return best;
}
