/**
 * "in the areas controlled by Kyiv", "in het door Rusland bezette Nova Kachovka", "in den von
 * Russland besetzten Gebieten": the power that holds an area is no place of what happened there;
 * the area is. Nor is the power that leads or backs a body ("een militair bondgenootschap onder
 * leiding van Rusland", "das von Russland geführte Bündnis", "separatists backed by Moscow").
 */
import type { Mention } from '../types.ts';

/** "controlled by", "held by", "occupied by", "led by" right before the name. */
const HELD_BY_BEFORE =
  /(?:(?:controlled|held|occupied|run|led|backed)\s+by|(?:onder\s+)?leiding\s+van|unter\s+(?:der\s+)?führung(?:\s+von)?|angeführt\s+von)\s+$/i;

/** "door", "von", "durch" right before the name and a participle of holding right after it. */
const AGENT_BEFORE = /(?:^|\s)(?:door|von|durch)\s+$/i;
const HOLDING_AFTER =
  /^\s+(?:bezette|bezet|gecontroleerde|gecontroleerd|geleide|geleid|gesteunde|gesteund|besetzte[nmrs]?|besetzt|kontrollierte[nmrs]?|kontrolliert|geführte[nmrs]?|geführt|angeführte[nmrs]?|unterstützte[nmrs]?)(?![\p{L}])/iu;

/** Whether the place `m` is the power that holds the area the sentence names. */
export function namesHolder(text: string, m: Mention): boolean {
  if (m.kind !== 'place') return false;
  const before = text.slice(Math.max(0, m.start - 28), m.start);
  return (
    HELD_BY_BEFORE.test(before) ||
    (AGENT_BEFORE.test(before) && HOLDING_AFTER.test(text.slice(m.end, m.end + 20)))
  );
}

/** An English compound that makes the name the power behind what follows: "Russia-led", "Kyiv-controlled". */
const HOLDING_COMPOUND =
  /^-(?:led|backed|controlled|held|occupied|run|installed|brokered|sponsored|supported)(?![\p{L}])/iu;

/**
 * "a Russia-led military alliance will begin withdrawing its troops": the power named in the
 * compound leads or holds what the sentence speaks of, so it is no place the title can name; it
 * still takes part, as the power behind it.
 */
export function namesPowerInCompound(text: string, m: Mention): boolean {
  return text.charCodeAt(m.end) === 0x2d && HOLDING_COMPOUND.test(text.slice(m.end, m.end + 12));
}
