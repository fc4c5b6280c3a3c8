/**
 * A place that opens an organisation's name, "Alaska Airlines said …", "Kenya Airways", or tells
 * where one is based, "the Tripoli-based government", "de in Tripoli gevestigde regering", "die in
 * Tripolis ansässige Regierung": the organisation acts, and the place is neither who did it nor
 * where it happened.
 */
import type { Mention } from '../types.ts';

const NEXT_CAPITALISED = /^\s+(\p{Lu}[\p{L}-]*)/u;
const BASED = /^(?:-based|\s+(?:gevestigde?|ansässigen?|ansässiger?))(?![\p{L}])/iu;

/** Whether the place `m` is followed by a capitalised organisation word (`orgWords`, lower case) or tells a seat. */
export function opensOrganisationName(text: string, m: Mention, orgWords: ReadonlySet<string>): boolean {
  if (m.kind !== 'place') return false;
  const after = text.slice(m.end, m.end + 40);
  if (BASED.test(after)) return true;
  const next = NEXT_CAPITALISED.exec(after)?.[1];
  return next !== undefined && orgWords.has(next.toLowerCase());
}
