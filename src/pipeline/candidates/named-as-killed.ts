/**
 * "he shot dead 43-year-old Jurgen Damen, a general practitioner … ¶ He set fires in the classroom":
 * one named right after the verb that killed him is the victim, not whom the next sentence's "he"
 * stands for.
 */
import type { Mention } from '../types.ts';

/** A killing verb, then up to three words (an age, an article, a title) before the name. */
const KILLED_BEFORE =
  /(?<![\p{L}])(?:shot dead|shot and killed|killed|killing|stabbed to death|doodgeschoten|doodschoot|doodde|gedood|erschossen|erschoss|getötet|tötete)\s+(?:[\p{L}\d.-]+\s+){0,3}$/iu;

/** How far before the name the verb may stand. */
const REACH = 60;

/** Whether `m` is named in `text` as the one a killing verb right before it killed. */
export function namedAsKilled(text: string, m: Mention): boolean {
  return KILLED_BEFORE.test(text.slice(Math.max(0, m.start - REACH), m.start));
}
