import type { TriggerHit } from './happenings.ts';

/**
 * Words of talking with someone, then "with", an article and an adjective at most: "talks with the protesters",
 * "gesprekken met de demonstranten", "Gespräche mit den Demonstranten". The people after it are
 * whom the talks are with, not a protest held.
 */
const TALKS_WITH =
  /(?<![\p{L}])(?:talks?|talking|negotiat\p{L}*|dialogue|gesprek(?:ken)?|praten|overleg|onderhandel\p{L}*|dialoog|Gespräch\p{L}*|Verhandlung\p{L}*|verhandeln|Dialog)\s+(?:with|met|mit)\s+((?:[\p{L}-]+\s+){0,2})$/iu;

/** Between "with" and the people: an article and a lower-case adjective at most (a German noun is capitalised). */
const ARTICLE_ADJECTIVE = /^(?:(?:the|a|an|de|het|een|den|dem|der|die|des)\s+)?(?:\p{Ll}[\p{L}-]*\s+)?$/u;

/** Whether the hit names the people talks are held with ("rejected calls for talks with the protesters"). */
export function talksPartner(text: string, h: TriggerHit): boolean {
  const between = TALKS_WITH.exec(text.slice(Math.max(0, h.start - 60), h.start))?.[1];
  return between !== undefined && ARTICLE_ADJECTIVE.test(between);
}
