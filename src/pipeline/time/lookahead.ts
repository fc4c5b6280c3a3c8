/**
 * When a later sentence of a paragraph may lend its time to an undated one before it. A reader
 * takes it when the later sentence goes on with the same happening ("Bosch will 3.000 Stellen
 * abbauen. Das teilte das Unternehmen am Mittwoch mit."), not when:
 * - the undated sentence tells in the present what still holds ("Dozens of people are still
 *   missing"): that is now, whatever day the sentences around it give ("Rescuers were still
 *   searching" keeps the day told before it);
 * - the later sentence goes back in the pluperfect ("The weather agency had issued a red alert on
 *   Tuesday morning"): its day lies before what the undated sentence tells. "Planes had landed
 *   earlier on Thursday" still puts both on that Thursday, and "The vote had been scheduled for
 *   Wednesday afternoon" the vote told before it;
 * - the later sentence counts what still held on its day ("In Frankreich waren am Freitagmorgen
 *   noch mehr als 500.000 Haushalte ohne Strom"): that day comes after what the storm did.
 */
import type { Lang } from './lexicon.ts';

const STILL: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])still(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:nog\s+steeds|nog\s+altijd|nog\s+immer)(?![\p{L}])|(?<![\p{L}])(?:altijd|steeds)\s+nog(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:noch\s+immer|immer\s+noch|nach\s+wie\s+vor|weiterhin)(?![\p{L}])/iu,
};

/** A verb in the present: "are still missing", not "were still searching" on a day told beside it. */
const PRESENT: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:is|are|remains?|has|have)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:is|zijn|wordt|worden|blijft|blijven|heeft|hebben|ontbreekt|ontbreken)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:ist|sind|wird|werden|bleibt|bleiben|hat|haben|gilt|gelten|fehlt|fehlen)(?![\p{L}])/iu,
};

/** A pluperfect auxiliary followed in the clause by a participle: "had issued", "hadden gewaarschuwd", "hatte ausgerufen". */
const PLUPERFECT: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])had\s+(?:(?:already|not|never|just|been)\s+)?\p{Ll}{2,}(?:ed|en|wn|ne|ft|lt|nt|ught)(?![\p{L}])/u,
  nl: /(?<![\p{L}])(?:had|hadden)\s(?:[^.,;:]*\s)?\p{L}*ge\p{L}{2,}[dtn](?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:hatte|hatten)\s(?:[^.,;:]*\s)?\p{L}*ge\p{L}{2,}(?:t|en)(?![\p{L}])|(?<![\p{L}])(?:war|waren)\s(?:[^.,;:]*\s)?\p{Ll}{3,}(?:t|en)\s+worden(?![\p{L}])/iu,
};

/**
 * "The vote had been scheduled for Wednesday afternoon": the day a plan was set for is when what
 * it planned was to happen, so the happening told before it took place then.
 */
const SCHEDULED_FOR = /(?<![\p{L}])had\s+been\s+(?:scheduled|planned|set|slated)\s+for(?![\p{L}])/iu;

/** "earlier on Thursday", "eerder op donderdag", "zuvor am Donnerstag": the same day, before. */
const SAME_DAY_EARLIER: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])earlier\s+(?:on|that|in\s+the)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])eerder\s+(?:op|die|diezelfde)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:zuvor|früher)\s+am(?![\p{L}])/iu,
};

const AUXILIARY: Record<Lang, string[]> = { en: ['had '], nl: ['had'], de: ['hatte', ' worden'] };

/** Lower-case words one of which a sentence of STILL holds: a substring test first, most sentences have none. */
const STILL_WORDS: Record<Lang, string[]> = {
  en: ['still', 'Still'],
  nl: ['nog', 'Nog'],
  de: ['noch', 'Noch', 'nach wie', 'Nach wie', 'weiterhin', 'Weiterhin'],
};

/** Whether the undated `sentence` tells what still holds now, so that no day beside it dates it. */
export function holdsStill(lang: Lang, sentence: string): boolean {
  if (!STILL_WORDS[lang].some((w) => sentence.includes(w))) return false;
  return STILL[lang].test(sentence) && PRESENT[lang].test(sentence);
}

/** "still 89", "noch mehr als 500.000", "nog ruim 200": a count of what still held. */
const STILL_COUNT =
  /(?<![\p{L}])(?:still|noch|nog)\s+(?:(?:more\s+than|about|around|some|mehr\s+als|rund|etwa|über|ruim|meer\s+dan|zo'n|ongeveer)\s+)?\d/iu;

/**
 * "the woman has however already on 2 January travelled to Turkey", "bereits am 2. Januar", "al op
 * 2 januari": a day told as already past before the news is no day of what was told before it.
 */
const ALREADY_ON = /(?<![\p{L}])(?:already|bereits|schon|al)\s+(?:on|am|op)\s/iu;

/**
 * Whether the dated `later` sentence tells in the pluperfect what came before, on another day,
 * tells its day as already past, or counts what still held on a later one.
 */
export function toldAsEarlier(lang: Lang, later: string): boolean {
  return STILL_COUNT.test(later) || ALREADY_ON.test(later) || wentBefore(lang, later);
}

/**
 * Whether the dated `later` sentence goes back in the pluperfect to what came before, on another
 * day: "Der Flughafen ist wieder unter Kontrolle. Er war am Mittwoch besetzt worden."
 */
export function wentBefore(lang: Lang, later: string): boolean {
  const lower = later.toLowerCase();
  if (!AUXILIARY[lang].some((a) => lower.includes(a))) return false;
  return PLUPERFECT[lang].test(later) && !SAME_DAY_EARLIER[lang].test(later) && !SCHEDULED_FOR.test(later);
}

/** "again", "opnieuw", "erneut": a happening told as a repetition of one before. */
const AGAIN = /(?<![\p{L}])(?:again|once\s+more|anew|opnieuw|nogmaals|wederom|erneut|abermals)(?![\p{L}])/iu;

/**
 * Whether the dated `later` sentence tells its happening as a repetition ("waardoor de A6
 * afgelopen nacht opnieuw werd afgesloten"): its day is the repetition's, later than what the
 * sentence before it tells, which it lends no day.
 */
export function toldAgain(later: string): boolean {
  return AGAIN.test(later);
}

/** "later", "später": a time told as after what came before. */
const LATER = /(?<![\p{L}])(?:later|später)(?![\p{L}])/iu;

/**
 * Whether the dated `later` sentence tells its time as after what came before ("The fire brigade
 * said later in the evening …", "Später am Abend …"): the sentence before it happened earlier, and
 * takes no time from it.
 */
export function toldLater(later: string): boolean {
  return LATER.test(later);
}
