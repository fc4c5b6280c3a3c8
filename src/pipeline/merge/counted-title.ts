import type { Conflict } from '../../schema/events.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';

/**
 * A running tally's title claims no count that another source tops: the dead counted 18 one day
 * and 225 a week later are "People killed", every figure kept with its sources in the conflicts.
 * The highest count of a rising toll may stand.
 */
export function countedTitle(c: EventCandidate, conflicts: readonly Conflict[]): string {
  if (c.uncountedTitle === undefined) return c.title;
  const topped = c.figures.some((f) =>
    conflicts.some(
      (x) => x.field === `figures.${f.counts}` && x.values.some((v) => Number(v.value) > f.value),
    ),
  );
  return topped ? c.uncountedTitle : c.title;
}
