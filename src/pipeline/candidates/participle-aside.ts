/**
 * "The black Scania articulated truck, registered in Poland and loaded with about 25 tonnes of steel
 * beams, drove into the market": a place inside an aside of a past participle between the subject
 * and the trigger says where the subject comes from or is kept ("registered in Poland", "based in
 * London", "geboren in Tunesië"), not where the happening was.
 */
import type { Mention } from '../types.ts';

/** A comma, a past participle and "in"/"from", right before the place. */
const PARTICIPLE_BEFORE =
  /,\s*(?:\p{Ll}+(?:ed|en)|ge\p{Ll}+(?:d|t|en))\s+(?:in|from|uit|aus)\s+(?:the\s+|de\s+|het\s+)?$/u;

/** How far back the aside may open. */
const ASIDE_CHARS = 40;

/** Whether the place `m`, before the trigger at `trigger`, stands in such an aside, closed by a comma before it. */
export function inParticipleAside(text: string, m: Mention, trigger: number): boolean {
  return (
    m.end < trigger &&
    text.slice(m.end, trigger).includes(',') &&
    PARTICIPLE_BEFORE.test(text.slice(Math.max(0, m.start - ASIDE_CHARS), m.start))
  );
}
