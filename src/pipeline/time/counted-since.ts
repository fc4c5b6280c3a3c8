/**
 * "Sinds dinsdag zijn meer dan 10.000 huizen verwoest. Ruim 150.000 mensen moesten hun huis uit.":
 * a count that goes on from one counted since a day ("since Tuesday", "sinds dinsdag", "seit
 * Dienstag") is counted since that day too, a running total from it up to publication, not a
 * count of that day alone.
 */
import { DAY_LEVEL } from '../day-level.ts';
import { daysBetween } from '../iso-day.ts';
import type { PublishedArticle, When } from '../types.ts';
import { startsState } from './since-state.ts';
import { VAGUE_COUNT } from './vague-count.ts';

/**
 * A sentence that opens with its count, a few words at most before it ("Ruim 150.000 mensen",
 * "More than 150,000 people", "Mehr als 150.000 Menschen"): the count is its news. One that counts
 * beside a state ("Der Flughafen bleibt geschlossen, Tausende Touristen sitzen fest") is not.
 */
const OPENING_COUNT = new RegExp(
  String.raw`^(?:[\p{L}]+\s+){0,3}?(?:\d[\d.,]*\s|(?:${VAGUE_COUNT})(?![\p{L}]))`,
  'iu',
);

/** Days up to which such a total is known to the week; beyond them, to the month. */
const WEEK_DAYS = 7;

/**
 * The time of the undated `sentence` that goes on from the paragraph's `when`: from its day up to
 * publication where `when` is a day a count runs since and the sentence counts; else undefined.
 */
export function countedSince(
  sentence: string,
  when: When,
  published: PublishedArticle['published'],
): When | undefined {
  if (!startsState(when) || !DAY_LEVEL.has(when.precision) || published.precision !== 'day') return undefined;
  const day = when.start.slice(0, 10);
  const days = daysBetween(day, published.date);
  if (days < 1 || !OPENING_COUNT.test(sentence)) return undefined;
  return {
    ...when,
    start: day,
    end: published.date,
    precision: days === 1 ? 'day' : days <= WEEK_DAYS ? 'week' : 'month',
    value: day,
  };
}
