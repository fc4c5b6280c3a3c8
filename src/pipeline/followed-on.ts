/**
 * A weekday told as the day the next of something came ("A first temporary channel was opened on
 * Monday. A second followed on Thursday."; "Eine zweite folgte am Donnerstag"; "Een tweede volgde
 * donderdag"): it falls after the weekday the sentence before tells, not in the days before it.
 */
import { pastDay } from './story-start.ts';
import { WEEKDAY_NAMES } from './weekdays.ts';

/** "followed", not "followed by" (who followed is then named, not the day). */
const FOLLOWED = /(?<![\p{L}])(?:followed(?!\s+by(?![\p{L}]))|volgde|volgden|folgte|folgten)(?![\p{L}])/iu;

/** Whether a sentence tells its weekday as that of what followed the one the sentence before tells. */
export function tellsFollowed(sentence: string): boolean {
  return FOLLOWED.test(sentence);
}

/**
 * Why `date` cannot be the day a document was written, or null: read from it, a weekday the text
 * tells as that of what followed would fall before the weekday of what it followed.
 */
export function followedConflict(
  date: string,
  evidence: { followedAfter: readonly (readonly [number, number])[] },
): string | null {
  for (const [first, next] of evidence.followedAfter) {
    if (pastDay(date, next) < pastDay(date, first))
      return `read from ${date}, the ${WEEKDAY_NAMES[next]} of what followed would fall before the ${WEEKDAY_NAMES[first]} of what it followed`;
  }
  return null;
}
