/**
 * "At least 29 people were killed in the two fires", "Bij de branden kwamen 29 mensen om",
 * "Bei den Bränden starben 29 Menschen": a toll of happenings the story already told, named again
 * with a definite article, is their running toll as the report has it, not deaths of their own in
 * the week before it.
 */
import type { Lang } from '../time/lexicon.ts';

/**
 * The preposition and the definite article that name the happenings again, an optional number or
 * adjective, and a plural noun ("the two fires", "de verwoestende branden", "den Bränden").
 */
const TOLD_PLURAL: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])in\s+the\s+(?:\p{L}+\s+)?(\p{L}+s)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:bij|door)\s+de\s+(?:\p{L}+\s+)?(\p{L}+en)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:bei|durch)\s+den\s+(?:\p{L}+\s+)?(\p{L}+en)(?![\p{L}])/iu,
};

/** Plurals of stretches of time: "in the past two weeks" counts days, it names no happening. */
const TIME_NOUNS = new Set([
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'decades',
  'uren',
  'dagen',
  'weken',
  'maanden',
  'jaren',
  'stunden',
  'tagen',
  'wochen',
  'monaten',
  'jahren',
]);

/** Whether the sentence gives its toll as that of happenings it names again in the plural. */
export function tollOfToldHappenings(lang: Lang, text: string): boolean {
  const found = TOLD_PLURAL[lang].exec(text);
  return found !== null && !TIME_NOUNS.has((found[1] ?? '').toLowerCase());
}
