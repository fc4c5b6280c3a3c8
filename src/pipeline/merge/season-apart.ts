import { daysBetween } from '../iso-day.ts';
import type { SameStory } from '../story-links.ts';
import type { PublishedOf } from './reported-day.ts';

/** Days between the publication of two documents the merge still lets tell one story: a season. */
export const SEASON_DAYS = 92;

/**
 * Documents published more than a season apart tell no one story to the merge, whatever names and
 * figures they share. In a folder of several stories, a short report of Bangladesh's unrest in 2024
 * shares "150" and a name's consonants ("Hasina", "Hassan") with one of Beirut's explosion in 2020,
 * and its "Honderden mensen raakten gewond", told without a day, joined Beirut's injured. What a
 * report retells months later it dates itself ("in March"), and that date still joins it.
 */
export function withinSeason(sameStory: SameStory, publishedOf: PublishedOf): SameStory {
  return (a, b) => {
    // The story links remember each pair: asked first, the dates are read only for linked ones.
    if (!sameStory(a, b)) return false;
    const from = publishedOf(a)?.date;
    const to = publishedOf(b)?.date;
    return from === undefined || to === undefined || Math.abs(daysBetween(from, to)) <= SEASON_DAYS;
  };
}
