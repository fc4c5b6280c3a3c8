/**
 * A report dated only by a month after every related report's month ("2024-03" beside reports of
 * February that tell the same story) tells its weekdays of its own month: it is read on the first
 * day of that month by which every weekday it tells as past has come ("vrijdag" in March 2024 is
 * Friday 1 March). Read later, the weekdays would fall later still, while the story's news comes
 * soonest after the reports before it.
 */
import { shift } from './iso-day.ts';
import { weekdayOf } from './weekdays.ts';

export function dayInLaterMonth(
  month: string,
  past: ReadonlySet<number>,
  relatedDays: readonly string[],
): string | undefined {
  if (past.size === 0 || relatedDays.length === 0) return undefined;
  if (relatedDays.some((day) => day.slice(0, 7) >= month)) return undefined;
  const first = `${month}-01`;
  const opening = weekdayOf(first);
  let last = 0;
  for (const d of past) last = Math.max(last, (d - opening + 7) % 7);
  return shift(first, last);
}
