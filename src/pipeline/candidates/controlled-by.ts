/**
 * "in the areas controlled by Kyiv", "in het door Rusland bezette Nova Kachovka", "in den von
 * Russland besetzten Gebieten": the power that holds an area is no place of what happened there;
 * the area is.
 */
import type { Mention } from '../types.ts';

/** "controlled by", "held by", "occupied by" right before the name. */
const HELD_BY_BEFORE = /(?:controlled|held|occupied|run)\s+by\s+$/i;

/** "door", "von", "durch" right before the name and a participle of holding right after it. */
const AGENT_BEFORE = /(?:^|\s)(?:door|von|durch)\s+$/i;
const HOLDING_AFTER =
  /^\s+(?:bezette|bezet|gecontroleerde|gecontroleerd|besetzte[nmrs]?|besetzt|kontrollierte[nmrs]?|kontrolliert)(?![\p{L}])/iu;

/** Whether the place `m` is the power that holds the area the sentence names. */
export function namesHolder(text: string, m: Mention): boolean {
  if (m.kind !== 'place') return false;
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  return (
    HELD_BY_BEFORE.test(before) ||
    (AGENT_BEFORE.test(before) && HOLDING_AFTER.test(text.slice(m.end, m.end + 20)))
  );
}
