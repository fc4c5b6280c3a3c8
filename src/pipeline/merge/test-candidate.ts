import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { AnnotatedSentence, When } from '../types.ts';

/** A candidate for the merge's tests: an English arrest in document "doc", changed as given. */
export function testCandidate(
  sentence: AnnotatedSentence,
  when: When,
  extra: Partial<EventCandidate> = {},
): EventCandidate {
  return {
    document: 'doc',
    language: 'en',
    sentence,
    kind: 'arrest',
    title: 'Arrest',
    when,
    places: [],
    actors: [],
    figures: [],
    ...extra,
  };
}
