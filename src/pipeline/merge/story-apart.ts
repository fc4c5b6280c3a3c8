import type { DocumentsApart } from '../documents-apart.ts';
import type { SameStory } from '../story-links.ts';
import type { MergeFeatures } from './features.ts';
import { named } from './crowd.ts';
import { daysApart, MAX_DAYS_APART } from './time-apart.ts';

function shareAny(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) if (b.includes(a[i] as string)) return true;
  return false;
}

/** The same count of the same people or things. */
function sameFigure(a: MergeFeatures, b: MergeFeatures): boolean {
  for (let i = 0; i < a.figureCounts.length; i++)
    for (let j = 0; j < b.figureCounts.length; j++)
      if (a.figureCounts[i] === b.figureCounts[j] && a.figureValues[i] === b.figureValues[j]) return true;
  return false;
}

/**
 * What two reports name alike of their own: a place, an actor, a person befallen, a count, a topic.
 * The WHO declaring an emergency is named by reports of it from anywhere.
 */
export function nameAlike(a: MergeFeatures, b: MergeFeatures): boolean {
  return (
    shareAny(a.places, b.places) ||
    shareAny(a.actors, b.actors) ||
    (a.patient !== undefined && named(a.patient) && a.patient === b.patient) ||
    sameFigure(a, b) ||
    shareAny(a.strong, b.strong)
  );
}

/**
 * Two reports in documents that do not tell one story, more than a week apart: in a folder of
 * several stories, "thousands were injured" in one and "hundreds were injured" in another years
 * later are two happenings, however little either says of when. Within one story a report told
 * without its own day is taken for the one its story tells, and stays so. So are reports of any
 * days in documents apart (documents-apart.ts), unless the reports name something alike:
 * "Bij de schietpartij kwamen twee mensen om het leven" in Butler, Pennsylvania, and "The total
 * death toll since Tuesday has risen to more than 100" in Bangladesh that week are two tolls, not
 * one revised.
 */
export function apartInStories(
  a: MergeFeatures,
  b: MergeFeatures,
  sameStory: SameStory,
  apart?: DocumentsApart,
): boolean {
  if (a.document === b.document) return false;
  if (daysApart(a, b) > MAX_DAYS_APART) return !sameStory(a.document, b.document);
  return apart !== undefined && apart(a.document, b.document) && !nameAlike(a, b);
}
