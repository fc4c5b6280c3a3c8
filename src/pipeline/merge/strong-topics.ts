import type { EventCandidate } from '../candidates/event-candidate.ts';

/** Topics too common in a story to tell two happenings apart. */
const WEAK_CONCEPTS = new Set(['protesters', 'police', 'price', 'export']);

/**
 * Topics every report of a kind has, so they tell none from another: what an evacuation's people
 * leave ("ihre Häuser verlassen", "left their homes and hotels"), not why; the word a government's
 * fall is told with ("the government collapsed"), which says nothing the kind does not.
 */
const LEFT_BEHIND: Record<string, string> = { evacuation: 'structure', 'government-collapse': 'collapse' };

/** Topics that tell happenings apart (arms, foreigners, LPG), the story's common ones left out. */
export function strongTopics(c: EventCandidate): string[] {
  const left = LEFT_BEHIND[c.kind];
  return (c.concepts ?? []).filter((t) => !WEAK_CONCEPTS.has(t) && t !== left);
}
