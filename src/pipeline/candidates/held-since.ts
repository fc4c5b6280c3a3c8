import { opensWithSince } from '../time/since-state.ts';
import type { Timex } from '../types.ts';

/** "since", "sinds", "seit" right before a time. */
const SINCE_BEFORE = /\b(?:since|sinds|seit)\s+$/i;

/**
 * The time someone still held has been held since ("zit sinds 8 december vast", "sitzt seit
 * Sonntag in Haft", "sits in custody since last Sunday"): the day of the arrest. Undefined when
 * the sentence gives none: being held is then no news of a day. A time in a relative clause dates
 * that clause only ("port officials who had overseen storage since 2014 put under house arrest").
 */
export function heldSince(text: string, timexes: readonly Timex[]): Timex | undefined {
  return timexes.find(
    (t) =>
      t.interval !== null &&
      t.clause === undefined &&
      (opensWithSince(t.text) || SINCE_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))),
  );
}
