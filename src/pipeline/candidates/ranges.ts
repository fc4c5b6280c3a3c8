import type { NumberSpan } from './numbers.ts';

/**
 * A range: "between $12 million and $15 million", "tussen 20 en 30", "zwischen 20 und 30". Its
 * ends are one estimate, not two accounts that disagree: the lower is marked "at least", the
 * upper "up to".
 */
/** Dutch puts an article between: "tussen de 18.000 en 20.000". */
const OPENS = /(?:between|tussen(?:\s+de)?|zwischen)\s+$/i;
const JOINS = /^\s+(?:and|en|und)\s+(?:[€$]\s?)?$/i;

/** Marks the ends of every range among `spans` (leftmost first) in place. */
export function markRanges(text: string, spans: NumberSpan[]): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const low = spans[i] as NumberSpan;
    const high = spans[i + 1] as NumberSpan;
    if (high.start - low.end > 8 || low.qualifier !== 'exact' || high.qualifier !== 'exact') continue;
    if (!JOINS.test(text.slice(low.end, high.start))) continue;
    if (!OPENS.test(text.slice(Math.max(0, low.start - 12), low.start))) continue;
    low.qualifier = 'at-least';
    high.qualifier = 'up-to';
  }
}
