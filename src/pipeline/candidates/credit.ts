/**
 * A wire's credit in a dateline, "Jan 8 (Reuters) - United Airlines said …", "NAIROBI, Kenya (AP) —
 * …": the agency carried the report; it neither did nor said what the sentence tells.
 */
import type { Mention } from '../types.ts';

const OPENS = /\(\s*$/;
const CLOSES_BEFORE_DASH = /^\s*\)\s*[-–—]/;

/** Whether text[start, end) is the agency credited in parentheses before a dash, in the sentence's first words. */
export function creditAt(text: string, start: number, end: number): boolean {
  return (
    start < 60 &&
    OPENS.test(text.slice(Math.max(0, start - 3), start)) &&
    CLOSES_BEFORE_DASH.test(text.slice(end, end + 4))
  );
}

/** Whether `m` is the agency credited in a dateline. */
export function creditedAgency(text: string, m: Mention): boolean {
  return creditAt(text, m.start, m.end);
}
