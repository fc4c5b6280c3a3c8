import type { Mention } from '../types.ts';

/** A settlement noun right before a name, in en, nl or de ("the city of", "de stad", "die Stadt"). */
const SETTLEMENT_BEFORE =
  /\b(?:city|town|village|capital|stad|stadje|dorp|hoofdstad|stadt|dorf|hauptstadt|ortschaft)(?:\s+of)?\s+$/i;

/**
 * A place named as a town ("de stad Hama ingenomen", "die Stadt Homs erobert") is where the
 * happening was, never who made it happen. Only the few characters before it are tested.
 */
export function namedAsSettlement(text: string, m: Mention): boolean {
  return m.kind === 'place' && SETTLEMENT_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
}
