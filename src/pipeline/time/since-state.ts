import type { When } from '../types.ts';

const SINCE = /^(?:ever\s+)?(?:since|sinds|sedert|sindsdien|seit|seitdem)\b/i;

/**
 * Whether a time is the start of a state that lasts ("Het stuk lag sinds 26 maart op de boeg",
 * "sitzt seit Samstag in Haft"): it frames no happening the sentences around it tell.
 */
export function startsState(when: When): boolean {
  return when.text !== undefined && SINCE.test(when.text);
}

const UNTIL = /^(?:until|till|tot|bis)\b/i;

/**
 * Whether a time is the end of a state ("Torres war bis Sonntag Sicherheitschef", "was in office
 * until Sunday"): it is not the day of what the next paragraph tells.
 */
export function endsState(when: When): boolean {
  return when.text !== undefined && UNTIL.test(when.text);
}

/** "since", "sinds" or "seit" opening a time ("seit Sonntag"): what is held or counted runs from it. */
const SINCE_OPENING = /^(?:since|sinds|seit)\b/i;

export function opensWithSince(text: string): boolean {
  return SINCE_OPENING.test(text);
}
