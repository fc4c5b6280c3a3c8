/**
 * "Hunderte Menschen werden noch vermisst", "155 are still missing", "er worden nog 40 mensen
 * vermist": a running count told as still standing, with no time of its own, is the count as the
 * report stood: of its day, not of the week before it.
 */
import type { Published, When } from '../types.ts';
import type { Token } from './tokenize.ts';

/** Words that say a count stands at the time of writing. */
const STILL = new Set(['still', 'nog', 'noch']);

/**
 * Verbs in the present that tell the count as it stands ("werden", "are", "worden"): "said dozens
 * of people were still missing" tells what was said, maybe days before.
 */
const PRESENT = new Set([
  'are',
  'is',
  'remain',
  'remains',
  'worden',
  'wordt',
  'zijn',
  'werden',
  'wird',
  'sind',
  'gelten',
  'gilt',
]);

/** How sure the day is: the report's own, read from one word. */
const CONFIDENCE = 0.54;

/** The kind of the missing, whose count is a state: those found since are no longer in it. */
export const MISSING_KIND = 'missing';

/**
 * The report's day for a count of the missing told in the present as still standing, if it has no
 * time of its own and the report's day is its own.
 */
export function stillCountedOn(tokens: readonly Token[], when: When, published: Published): When | undefined {
  // An inferred day is a guess, which a count of its own should not spread.
  if (when.precision !== 'before-publication' || published.precision !== 'day' || published.inferred)
    return undefined;
  if (!tokens.some((t) => STILL.has(t.word)) || !tokens.some((t) => PRESENT.has(t.word))) return undefined;
  const day = published.date;
  // Still known only by the report: any count another sentence dates to a day comes first.
  return { start: day, end: day, precision: 'before-publication', value: day, confidence: CONFIDENCE };
}
