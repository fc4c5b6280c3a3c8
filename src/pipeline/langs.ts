/**
 * The languages the pipeline reads. Every table of words is keyed by these, so reading a fourth
 * language starts here: the compiler then names each table that lacks it.
 */
export const LANGS = ['en', 'nl', 'de'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
  return LANGS.some((lang) => lang === value);
}
