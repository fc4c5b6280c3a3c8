import type { SameStory } from '../story-links.ts';
import type { MergeFeatures } from './features.ts';
import { THRESHOLD } from './similarity.ts';

/** What telling one story adds: enough for a pair one point short, never for one with nothing else. */
export const STORY_BONUS = 1;

/**
 * Two reports of one kind, dated to the same day, in two documents that tell one story, where the
 * score falls short by no more than the bonus: the story is the evidence the reports left out
 * (the place, the name), so they are one happening. Reports of a stretch of days, or only known
 * to lie before publication, are no such pair, nor are reports of which one names a place the other does not.
 */
export function storyBonus(a: MergeFeatures, b: MergeFeatures, score: number, sameStory: SameStory): number {
  if (score < THRESHOLD - STORY_BONUS || a.kind !== b.kind || a.document === b.document) return 0;
  if (!a.dated || !b.dated || a.coarse || b.coarse || a.longStretch || b.longStretch) return 0;
  if (a.startDay !== b.startDay || a.endDay !== b.endDay) return 0;
  // Nor may a statement nobody is named as making take the words of whoever spoke that day.
  if (a.agent !== b.agent) return 0;
  // A count is evidence of its own: tallies of one day agree or conflict by their figures (tally-days.ts).
  if (a.figureCounts.length > 0 || b.figureCounts.length > 0) return 0;
  // "Protests spread to Aktau" and the protests in Zhanaozen that day are two; a report that names
  // no place could join either, and through it the two would join: only reports that name no place,
  // or the same one, are taken for one.
  // A happening told apart by whom it befell, not where ("Die beiden waren am Samstagabend
  // festgenommen worden" and the arrests in Paris that evening), joins a report that names no place.
  const placeless = a.befalls && !a.placeKind && (a.places.length === 0 || b.places.length === 0);
  if (
    (a.places.length > 0 || b.places.length > 0) &&
    !placeless &&
    !a.places.some((p) => b.places.includes(p))
  )
    return 0;
  return sameStory(a.document, b.document) ? STORY_BONUS : 0;
}
