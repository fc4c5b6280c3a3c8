/**
 * "In all, 17 people died in the three days of violence", "In den drei Tagen des Terrors starben 17
 * Menschen", "In de drie dagen van terreur kwamen 17 mensen om": a count over the story's first
 * days is the toll of all of them, not of the last day its paragraph tells.
 */
import type { Lang } from '../langs.ts';
import { CARDINAL_UNITS } from '../number-words.ts';

/** "in the three days", "during the 3 days", "in den drei Tagen", "in de drie dagen": the days counted. */
const OVER_DAYS: Record<Lang, RegExp> = {
  en: /(?<!\p{L})(?:in|during|over|across) the (\p{L}+|\d+) days(?!\p{L})/iu,
  nl: /(?<!\p{L})(?:in|tijdens|gedurende) de (\p{L}+|\d+) dagen(?!\p{L})/iu,
  de: /(?<!\p{L})(?:in|während|an) den (\p{L}+|\d+) Tagen(?!\p{L})/iu,
};

/** The most days a count may span and still be the toll of the story's first days, not a season's. */
const MOST_DAYS = 7;

/** The number of days the sentence counts over ("the three days"), if it counts over a few. */
export function daysCounted(lang: Lang, text: string): number | undefined {
  const m = OVER_DAYS[lang].exec(text);
  const word = m?.[1]?.toLowerCase();
  if (word === undefined) return undefined;
  const n = /^\d+$/.test(word) ? Number(word) : CARDINAL_UNITS[lang][word];
  return n !== undefined && n >= 2 && n <= MOST_DAYS ? n : undefined;
}
