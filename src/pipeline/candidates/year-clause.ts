/**
 * A happening told in a clause on a past year: "the deadliest flood since 1973, when at least 150
 * people died", "seit 1973, als 150 Menschen starben", "sinds 1973, toen 150 mensen omkwamen".
 * The sentence's own happening is now, and the time stage rightly keeps the year from dating it;
 * but the clause's happening is that year's, not one more report of today's.
 */
import type { Timex } from '../types.ts';

/** A comma, then "when"/"als"/"toen", then no clause break up to the trigger. */
const CLAUSE = /^,\s*(?:when|als|toen|wo|waarbij)\s[^.;:,]*$/iu;

/** The year whose "when" clause holds the trigger at `start`, if there is one. */
export function yearClauseTimex(timexes: readonly Timex[], start: number, text: string): Timex | undefined {
  for (let i = 0; i < timexes.length; i++) {
    const t = timexes[i] as Timex;
    if (t.precision !== 'year' || !t.interval || t.end >= start || text.charCodeAt(t.end) !== 0x2c) continue;
    if (CLAUSE.test(text.slice(t.end, start))) return t;
  }
  return undefined;
}
