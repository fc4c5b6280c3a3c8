/**
 * "Police arrested a 41-year-old man at the scene", "wurde noch am Tatort festgenommen", "werd ter
 * plaatse aangehouden", "was arrested at the spot", "was sent off in the 109th minute": the
 * happening took place where, and so when, the deed the story tells was done.
 */
import type { Lang } from '../time/lexicon.ts';

// A minute of a match ("in the 109th minute", "in de 109e minuut", "in der 109. Minute") is a
// scene too: the happening took place in the match the story told.
const AT_SCENE: Record<Lang, RegExp> = {
  en: /\b(?:(?:at|on)\s+the\s+(?:scene|spot)|in\s+the\s+\d+(?:st|nd|rd|th)\s+minute)\b/iu,
  nl: /\b(?:ter\s+plaatse|op\s+de\s+plaats\s+(?:delict|van\s+de\s+aanslag)|in\s+de\s+\d+(?:e|ste|de)\s+minuut)\b/iu,
  de: /\b(?:(?:am|vom)\s+Tatort|in\s+der\s+\d+\.\s+Minute)\b/iu,
};

export function atTheScene(lang: Lang, text: string): boolean {
  return AT_SCENE[lang].test(text);
}
