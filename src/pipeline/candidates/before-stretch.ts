/**
 * "Parts of Kazakhstan have been restless for days after the price for LPG was increased": what
 * the clause after "after" tells came before the days the sentence tells of, not within them.
 */
import type { Timex, When } from '../types.ts';
import { beforeDay } from '../time/before-publication.ts';

/** "after", "na", "nadat", "nach", "nachdem" between the stretch and the trigger, in one clause. */
const AFTER = /(?<![\p{L}])(?:after|following|na|nadat|nach|nachdem)(?![\p{L}])/iu;
const CLAUSE_BREAK = /[;:.!?]/u;

/**
 * The time of a happening at `at` told after "after" behind a sentence's stretch of days up to now
 (`when`, told by `stretch`, a bare "days"): the days before that stretch began, up to its first
 * day. Any other `when` is returned as it is.
 */
export function beforeStretchIfAfterClause(
  when: When,
  text: string,
  at: number,
  stretch: Timex | undefined,
): When {
  if (when.precision !== 'week' || stretch?.type !== 'DURATION' || stretch.value !== 'PXD') return when;
  if (at < stretch.end) return when;
  const between = text.slice(stretch.end, at);
  if (!AFTER.test(between) || CLAUSE_BREAK.test(between)) return when;
  const first = when.start.slice(0, 10);
  const before = beforeDay(first);
  return { ...before, end: first };
}
