/**
 * "Zijn weduwe Julia Navalnaja was niet bij de uitvaart", "attended the funeral", "war bei der
 * Trauerfeier": a person before a preposition of presence and the happening's noun was there (or
 * not), and the happening befell someone else, the one its "of" names if any. So were those counted
 * there ("Hunderte Menschen nahmen an der Trauerfeier teil", "Thousands attended the funeral").
 */
import type { Mention } from '../types.ts';

/**
 * The preposition, an article or possessive and perhaps one adjective right before the trigger; or
 * a verb of attending with its article ("attended the", "woonde de … bij").
 */
const PRESENT_AT =
  /(?:\b(?:at|bij|bei|an|attended|attending)\s+(?:the|de|het|der|dem|den|his|her|zijn|haar|seiner|ihrer)\s+(?:\p{L}+\s+)?|\b(?:woonde|woonden)\s+(?:de|het)\s+(?:\p{L}+\s+)?)$/iu;

/** Whether `person`, named before the trigger at `trigger`, is there at the happening rather than its patient. */
export function presentAt(text: string, person: Mention, trigger: number): boolean {
  if (person.end > trigger) return false;
  const before = text.slice(Math.max(person.end, trigger - 40), trigger);
  return PRESENT_AT.test(before);
}

/** Whether the happening's noun at `trigger` follows a preposition of presence: those counted before it were there. */
export function attendedAt(text: string, trigger: number): boolean {
  return PRESENT_AT.test(text.slice(Math.max(0, trigger - 40), trigger));
}
