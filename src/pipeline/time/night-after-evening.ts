/**
 * "Late Wednesday, a police official identified three suspects. … Anti-terror police converged on
 * an apartment building in Reims overnight. Shortly before midnight, the 18-year-old turned himself
 * in": a report that has already told the late evening of its own day reaches the night that
 * follows it, not the night before the report that a bare "overnight" names in a morning's wire copy.
 */
import { addDays, formatDay, type Day } from './calendar.ts';
import type { Candidate } from './rule.ts';
import { partOfDayValue } from './value.ts';

/** The night words that count back from the report: "overnight", "vannacht", "heute Nacht". */
const NIGHT_WORD = /^(?:overnight|vannacht|heute\s+nacht)$/iu;

/**
 * Move a night word's night to the one after publication day's evening where `anchor` (what the
 * previous sentence told) is that evening (YYYY-MM-DDTEV).
 */
export function nightAfterEvening(
  kept: Candidate[],
  anchor: string | undefined,
  text: string,
  dct: Day,
): Candidate[] {
  const day = formatDay(dct);
  if (anchor !== `${day}TEV`) return kept;
  const before = `${formatDay(addDays(dct, -1))}TNI`;
  // A day the sentence names before the word is what the night counts from, not that evening.
  return kept.map((c, i) =>
    i === 0 && c.rule === 'day-word' && c.value === before && NIGHT_WORD.test(text.slice(c.start, c.end))
      ? Object.assign({}, c, partOfDayValue(dct, 'NI'))
      : c,
  );
}
