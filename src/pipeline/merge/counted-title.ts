import type { Conflict, Figure } from '../../schema/events.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { isVagueFigure } from '../candidates/figure-phrase.ts';
import { revisedCount } from '../candidates/revised-count.ts';

/**
 * A running tally's title claims no count that another source tops: the dead counted 18 one day
 * and 225 a week later are titled by the report that gives the 225 (`members`, the event's other
 * reports, framed alike: "People killed" untitled by a count), every figure kept with its sources
 * in the conflicts; with no such report they are "People killed". A vague count ("dozens of people
 * were killed") stands in no conflict, but the event's own figures (`figures`: 225 people killed)
 * top it too. A count told as a revision ("Nach neuen Berechnungen … etwa 253", "the health
 * ministry's revised count") replaces those before it, however much larger: it titles the event.
 */
export function countedTitle(
  c: EventCandidate,
  conflicts: readonly Conflict[],
  figures: readonly Figure[] = [],
  members: readonly EventCandidate[] = [],
): string {
  if (c.uncountedTitle === undefined) return c.title;
  const revision = [c, ...members].find(
    (m) =>
      sameMeasure(m, c) &&
      m.figures.length > 0 &&
      !vaguelyCounted(m) &&
      revisedCount(m.sentence.text) &&
      !countedLater(m, conflicts),
  );
  if (revision) return revision.title;
  if (!topped(c, conflicts, figures)) return c.title;
  const highest = members.find(
    (m) =>
      m !== c &&
      sameMeasure(m, c) &&
      m.figures.length > 0 &&
      !vaguelyCounted(m) &&
      !topped(m, conflicts, figures),
  );
  return highest?.title ?? c.uncountedTitle;
}

/**
 * A source reported another count of the candidate's measure after the candidate's count was first
 * reported: Brussels' toll "bijgesteld tot 31" on 23 March gave way to 32 a fortnight later.
 */
function countedLater(c: EventCandidate, conflicts: readonly Conflict[]): boolean {
  return c.figures.some((f) => {
    const values = conflicts.find((x) => x.field === `figures.${f.counts}`)?.values ?? [];
    const own = values.find((v) => Number(v.value) === f.value)?.reported;
    return own !== undefined && values.some((v) => v.reported !== undefined && v.reported > own);
  });
}

/** Both count the same of the same kind of happening ("people killed"). */
function sameMeasure(m: EventCandidate, c: EventCandidate): boolean {
  return m.kind === c.kind && m.uncountedTitle === c.uncountedTitle;
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
