import type { Conflict, Figure } from '../../schema/events.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { isVagueFigure } from '../candidates/figure-phrase.ts';

/**
 * A running tally's title claims no count that another source tops: the dead counted 18 one day
 * and 225 a week later are "People killed", every figure kept with its sources in the conflicts.
 * The highest count of a rising toll may stand. A vague count ("dozens of people were killed")
 * stands in no conflict, but the event's own figures (`figures`: 225 people killed) top it too.
 */
export function countedTitle(
  c: EventCandidate,
  conflicts: readonly Conflict[],
  figures: readonly Figure[] = [],
): string {
  if (c.uncountedTitle === undefined) return c.title;
  const topped = c.figures.some(
    (f) =>
      conflicts.some(
        (x) => x.field === `figures.${f.counts}` && x.values.some((v) => Number(v.value) > f.value),
      ) || figures.some((g) => g.counts === f.counts && g.value > f.value),
  );
  return topped ? c.uncountedTitle : c.title;
}

/**
 * Whether the candidate's title counts only vaguely ("Dozens of people killed"): beside a report
 * that gives the number, as the event's figures do, it does not name the event.
 */
export function vaguelyCounted(c: EventCandidate): boolean {
  return c.uncountedTitle !== undefined && c.figures.length > 0 && c.figures.every(isVagueFigure);
}
