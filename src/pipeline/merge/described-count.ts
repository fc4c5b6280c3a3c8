/**
 * "Bij confrontaties met de politie kwamen daar twee tieners om het leven": the dead a report
 * describes by who they were (teenagers, children, students) on the day its paragraph tells are
 * that day's happening, not one more value of the story's running toll ("zeker 22 mensen").
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { DAY_LEVEL } from '../day-level.ts';

/** Nouns that say who the counted people were, in en, nl and de. */
const DESCRIBED = new Set(
  [
    'teenagers teens children kids boys girls students schoolchildren minors babies infants',
    'tieners kinderen jongens meisjes jongeren studenten scholieren minderjarigen baby’s babies',
    'jugendliche jugendlichen kinder kindern jungen mädchen schüler schülerinnen studenten minderjährige minderjährigen teenager babys',
  ]
    .join(' ')
    .split(' '),
);

/** The word right after `from` in `text`, lowercased. */
function wordAfter(text: string, from: number): string {
  const m = /^\s+([\p{L}’']+)/u.exec(text.slice(from, from + 40));
  return m?.[1]?.toLowerCase() ?? '';
}

/**
 * Whether the candidate counts people it describes by who they were, on a day (its own or its
 * paragraph's): a count of that day, which a toll over the days does not join.
 */
export function countsDescribedOnDay(c: EventCandidate): boolean {
  if (c.figures.length === 0 || !DAY_LEVEL.has(c.when.precision)) return false;
  const text = c.sentence.text;
  const lower = text.toLowerCase();
  return c.figures.some((f) => {
    const at = lower.indexOf(f.text.toLowerCase());
    return at >= 0 && DESCRIBED.has(wordAfter(text, at + f.text.length));
  });
}
