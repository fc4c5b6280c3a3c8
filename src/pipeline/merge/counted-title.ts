import type { Conflict, Figure } from '../../schema/events.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { isVagueFigure } from '../candidates/figure-phrase.ts';

/**
 * A running tally's title claims no count that another source tops: the dead counted 18 one day
 * and 225 a week later are titled by the report that gives the 225 (`members`, the event's other
 * reports, framed alike: "People killed" untitled by a count), every figure kept with its sources
 * in the conflicts; with no such report they are "People killed". A vague count ("dozens of people
 * were killed") stands in no conflict, but the event's own figures (`figures`: 225 people killed)
 * top it too.
 */
export function countedTitle(
  c: EventCandidate,
  conflicts: readonly Conflict[],
  figures: readonly Figure[] = [],
  members: readonly EventCandidate[] = [],
): string {
  if (c.uncountedTitle === undefined || !topped(c, conflicts, figures)) return c.title;
  const highest = members.find(
    (m) =>
      m !== c &&
      m.kind === c.kind &&
      m.uncountedTitle === c.uncountedTitle &&
      m.figures.length > 0 &&
      !vaguelyCounted(m) &&
      !topped(m, conflicts, figures),
  );
  return highest?.title ?? c.uncountedTitle;
}

/** Another source counts more of what the candidate counts. */
function topped(c: EventCandidate, conflicts: readonly Conflict[], figures: readonly Figure[]): boolean {
  return c.figures.some((f) => {
    const whole = wholeOf(f.counts);
    // A report that counts the whole too ("225 people …, including 19 members of the security
    // forces") is titled by that count.
    const counts = c.figures.some((g) => g.counts === whole) ? [f.counts] : [f.counts, whole];
    return (
      conflicts.some(
        (x) =>
          counts.some((n) => x.field === `figures.${n}`) && x.values.some((v) => Number(v.value) > f.value),
      ) || figures.some((g) => counts.includes(g.counts) && g.value > f.value)
    );
  });
}

/**
 * The count of everyone a group's count is part of: the 18 "police and soldiers killed" are some of
 * the 164 "people killed", and title no event that counts those.
 */
function wholeOf(counts: string): string {
  const space = counts.lastIndexOf(' ');
  return space < 0 ? counts : `people${counts.slice(space)}`;
}

/**
 * Whether the candidate's title counts only vaguely ("Dozens of people killed"): beside a report
 * that gives the number, as the event's figures do, it does not name the event.
 */
export function vaguelyCounted(c: EventCandidate): boolean {
  return c.uncountedTitle !== undefined && c.figures.length > 0 && c.figures.every(isVagueFigure);
}
