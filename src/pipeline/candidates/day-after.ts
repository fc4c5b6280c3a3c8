import type { When } from '../types.ts';
import { addDays, formatDay, parseDay } from '../time/calendar.ts';
import { tokenIndexAt, type Token } from './tokenize.ts';

/** Conjunctions that open a clause of what happened before: "after", "nadat", "nachdem". */
const AFTER = new Set(['after', 'nadat', 'nachdem']);
const DAY = new Set(['day', 'dag', 'tag']);
const ONE = new Set(['a', 'one', 'een', 'één', 'einen', 'eine', 'ein']);

/** Words of the clause before its trigger: "a day after thousands of people attacked". */
const CLAUSE_REACH = 10;

/**
 * Whether the trigger at `at` lies in a clause opened by "a day after", "een dag nadat", "einen Tag
 * nachdem", with the sentence's time (starting at `timeStart`) before that phrase, or after the
 * comma that closes it where it opens the sentence ("Een dag nadat rebellen Damascus innamen,
 * zochten duizenden Syriërs maandag …").
 */
function dayAfterClause(text: string, tokens: Token[], at: number, timeStart: number): boolean {
  let i = tokenIndexAt(tokens, at) - 1;
  for (let n = 0; i >= 2 && n < CLAUSE_REACH; i--, n++) {
    if (!AFTER.has((tokens[i] as Token).word)) continue;
    const one = tokens[i - 2] as Token;
    if (!DAY.has((tokens[i - 1] as Token).word) || !ONE.has(one.word)) return false;
    if (timeStart < one.start) return true;
    return i === 2 && timeStart > at && text.slice(at, timeStart).includes(',');
  }
  return false;
}

/**
 * "The evacuation was announced on Monday, a day after thousands of people attacked the French
 * embassy": the sentence's day is the announcement's; what the clause tells befell the day before.
 */
export function dayBeforeIfAfterClause(
  when: When,
  text: string,
  tokens: Token[],
  at: number,
  timeStart: number | undefined,
): When {
  if (when.precision !== 'day' || timeStart === undefined || !dayAfterClause(text, tokens, at, timeStart))
    return when;
  const day = parseDay(when.start.slice(0, 10));
  if (!day) return when;
  const before = formatDay(addDays(day, -1));
  return { ...when, start: before, end: before, value: before };
}
