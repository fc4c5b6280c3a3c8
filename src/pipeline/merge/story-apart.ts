import type { SameStory } from '../story-links.ts';
import type { MergeFeatures } from './features.ts';
import { daysApart, MAX_DAYS_APART } from './time-apart.ts';

/**
 * Two reports more than a week apart in documents that do not tell one story: in a folder of
 * several stories, "thousands were injured" in one and "hundreds were injured" in another years
 * later are two happenings, however little either says of when. Within one story a report told
 * without its own day is taken for the one its story tells, and stays so.
 */
export function apartInStories(a: MergeFeatures, b: MergeFeatures, sameStory: SameStory): boolean {
  return a.document !== b.document && daysApart(a, b) > MAX_DAYS_APART && !sameStory(a.document, b.document);
}
