/**
 * "Police arrested a 41-year-old man at the scene", "wurde noch am Tatort festgenommen", "werd ter
 * plaatse aangehouden", "was arrested at the spot": the happening took place where, and so when,
 * the deed the story tells was done.
 */
import type { Lang } from '../time/lexicon.ts';

const AT_SCENE: Record<Lang, RegExp> = {
  en: /\b(?:at|on)\s+the\s+(?:scene|spot)\b/iu,
  nl: /\b(?:ter\s+plaatse|op\s+de\s+plaats\s+(?:delict|van\s+de\s+aanslag))\b/iu,
  de: /\b(?:am|vom)\s+Tatort\b/iu,
};

export function atTheScene(lang: Lang, text: string): boolean {
  return AT_SCENE[lang].test(text);
}
