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

/**
 * "Four days after the attack on the square with 12 dead and 56 injured, the search ended",
 * "vier dagen na de aanslag met twaalf doden", "vier Tage nach dem Anschlag mit zwölf Toten": the
 * dead and injured "with" which a happening named again after "after" or "since" befell are its
 * running toll, not the hurt of the day the sentence tells.
 */
const WITH_TOLL_OF: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:after|since)\s+the\s[^,.;:]{0,60}?\swith\s[^,.;:]{0,30}$/iu,
  nl: /(?<![\p{L}])(?:na|sinds)\s+(?:de|het)\s[^,.;:]{0,60}?\smet\s[^,.;:]{0,30}$/iu,
  de: /(?<![\p{L}])(?:nach|seit)\s+(?:dem|der|den)\s[^,.;:]{0,60}?\smit\s[^,.;:]{0,30}$/iu,
};

/** How far before its trigger the phrase "after the … with" may open. */
const WITH_TOLL_REACH = 120;

/** Whether the trigger starting at `start` names the dead or hurt of a happening named again before it. */
export function withTollOfToldHappening(lang: Lang, text: string, start: number): boolean {
  return WITH_TOLL_OF[lang].test(text.slice(Math.max(0, start - WITH_TOLL_REACH), start));
}

/**
 * The phrase of such a toll, from "after" to the comma that ends it: the main clause's places ("in
 * front of the railway station of Sesto San Giovanni") are where the search ended, not the attack.
 */
export function withTollPhrase(lang: Lang, text: string, start: number): [number, number] | undefined {
  const from = Math.max(0, start - WITH_TOLL_REACH);
  const m = WITH_TOLL_OF[lang].exec(text.slice(from, start));
  if (!m) return undefined;
  const end = text.slice(start).search(/[,;:.]/);
  return [from + m.index, end < 0 ? text.length : start + end];
}
