/**
 * "drove into the market beside the Kaiser Wilhelm Memorial Church on Breitscheidplatz": a landmark
 * after "beside", "next to", "naast" or "neben" is what the scene lay next to, not where it was; the
 * chronology puts the happening at another place the sentence names.
 */
import type { Mention } from '../types.ts';

const BESIDE =
  /\b(?:beside|next\s+to|alongside|naast|neben)\s+(?:the\s+|de\s+|het\s+|der\s+|dem\s+|den\s+)?$/i;

/** Whether the place `m` stands right after such a preposition. */
export function besidePlace(text: string, m: Mention): boolean {
  return BESIDE.test(text.slice(Math.max(0, m.start - 24), m.start));
}
