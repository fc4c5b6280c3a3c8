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

/**
 * A German or Dutch toll gives its happening in the singular too: "Bei der Flut kamen im Kreis
 * Ahrweiler mindestens 141 Menschen ums Leben", "Bij de overstroming kwamen elf mensen om".
 * English "in the" names places as often ("in the city"), and one fire of several ("in the Eaton
 * Fire"), so it keeps to the plural.
 */
const TOLD_SINGULAR: Partial<Record<Lang, RegExp>> = {
  nl: /(?<![\p{L}])(?:bij|door)\s+(?:de|het)\s+(?:\p{L}+e\s+)?(\p{L}+)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:(?:[Bb]ei|[Dd]urch)\s+(?:der|dem|das)|[Bb]eim)\s+(?:\p{Ll}+e[nmrs]?\s+)?(\p{Lu}\p{L}+)(?![\p{L}])/u,
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

/** Whether the sentence gives its toll as that of happenings it names again (see TOLD_SINGULAR). */
export function tollOfToldHappenings(lang: Lang, text: string): boolean {
  const found = TOLD_PLURAL[lang].exec(text) ?? TOLD_SINGULAR[lang]?.exec(text) ?? null;
  return found !== null && !TIME_NOUNS.has((found[1] ?? '').toLowerCase());
}

/**
 * "for the 31 dead of the floods", "de 31 doden van de overstromingen", "der 31 Toten der Flut":
 * the dead named by the happening the story told, in a sentence about something else on its day
 * (a day of mourning). Their count is that happening's running toll, not deaths of that day.
 */
const DEAD_OF: Record<Lang, RegExp> = {
  en: /^\s+of\s+the\s/i,
  nl: /^\s+van\s+de\s/i,
  de: /^\s+(?:der|des)\s/,
};

/** Whether the trigger ending at `end` names dead by a happening named again after it. */
export function deadOfToldHappening(lang: Lang, text: string, end: number): boolean {
  return DEAD_OF[lang].test(text.slice(end, end + 8));
}
