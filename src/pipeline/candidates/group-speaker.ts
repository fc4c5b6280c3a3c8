/**
 * "Residents of Marrakech said some buildings had collapsed", "Witnesses in the town told
 * Reuters …": people named only by what they are to a place, right before the verb of saying, are
 * who spoke. The place after their "of" or "in" is where they are, never a speaker itself.
 */
import type { Mention } from '../types.ts';

/**
 * The group opening its clause, perhaps after a quantifier, its place, then only blanks up to the
 * verb. English only: Dutch and German titles would need the noun translated.
 */
const GROUP_BEFORE =
  /(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:(?:some|many|several|other|local)\s+)?(residents|locals|villagers|witnesses|eyewitnesses|survivors)(?:\s+(?:of|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+$/diu;

/** The group that speaks with the verb of saying at `trigger`, as an unnamed speaker, if any. */
export function groupSpeaker(text: string, trigger: number): Mention | undefined {
  const offset = Math.max(0, trigger - 80);
  const m = GROUP_BEFORE.exec(text.slice(offset, trigger));
  const at = m?.indices?.[1];
  const group = m?.[1];
  if (!at || !group) return undefined;
  const start = offset + at[0];
  return {
    text: `${group.charAt(0).toUpperCase()}${group.slice(1).toLowerCase()}`,
    start,
    end: start + group.length,
    kind: 'actor',
    resolution: 'unresolved',
  };
}
