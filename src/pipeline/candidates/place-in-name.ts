/**
 * A place that opens an organisation's name, "Alaska Airlines said …", "Kenya Airways": the
 * organisation acts, and the place is neither who did it nor where it happened.
 */
import type { Mention } from '../types.ts';

const NEXT_CAPITALISED = /^\s+(\p{Lu}[\p{L}-]*)/u;

/** Whether the place `m` is followed by a capitalised organisation word (`orgWords`, lower case). */
export function opensOrganisationName(text: string, m: Mention, orgWords: ReadonlySet<string>): boolean {
  if (m.kind !== 'place') return false;
  const next = NEXT_CAPITALISED.exec(text.slice(m.end, m.end + 40))?.[1];
  return next !== undefined && orgWords.has(next.toLowerCase());
}
