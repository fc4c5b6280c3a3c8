/**
 * Dutch and German finite verbs that are positively in the present: the third person singular
 * ("treedt", "komt", "stimmt", "tritt", "beginnt"). Weak simple pasts end in -de/-te and plurals in
 * -en, so a final -t rules both out; what still looks like it is listed: strong pasts whose stem
 * ends in -t ("bracht", "liet", "zat"; "trat", "hielt", "galt"), words a past marker of tense.ts
 * catches ("heeft", "ist", "geldt"), and adverbs and particles ending in -t ("niet", "erst").
 */
import type { Lang } from './lexicon.ts';
import { hasPastMarker } from './tense.ts';

export type VerbLang = Exclude<Lang, 'en'>;

/** Strong simple pasts ending in -t, with any prefix ("besloot", "verliet", "erhielt", "vertrat"). */
const STRONG_PAST: Record<VerbLang, RegExp> = {
  nl: /(?:bracht|dacht|kocht|zocht|vocht|vlocht|mocht|placht|wist|moest|liet|hiet|sloot|schoot|goot|genoot|floot|spoot|sproot|smolt|vergat|zat|vrat|beet|smeet|sleet|spleet|verweet)$|^(?:at|mat)$/u,
  // "ritt" only alone: "tritt" is the present of "treten".
  de: /(?:trat|hielt|bat|galt|tat|riet|schnitt|schritt|litt|stritt|glitt|bot|focht|flocht|schalt|barst)$|^ritt$/u,
};

/** Lower-case words ending in -t that are no finite verb: adverbs, particles, pronouns, conjunctions. */
const NOT_VERBS: Record<VerbLang, ReadonlySet<string>> = {
  nl: new Set(
    'niet nooit ooit net echt direct vast laat meest eerst juist uiterst recent exact best liefst dicht groot want het dat dit wat met tot uit slecht vlot heet'.split(
      ' ',
    ),
  ),
  de: new Set(
    'nicht jetzt erst zuerst zunächst zuletzt selbst meist fast sonst längst mit seit bereit weit gut vielleicht derzeit zurzeit spät laut insgesamt erneut vorerst zumindest direkt exakt just ausgerechnet samt nebst damit somit womit oft recht echt schlecht heut'.split(
      ' ',
    ),
  ),
};

/**
 * Present verbs that report rather than schedule ("Dat zegt minister X maandag", "sagt X am
 * Montag"): what is said is said now or was said on the day, so such a day keeps the news rule.
 * Announcing verbs are among them: "kondigt woensdag aan", "gibt am Freitag bekannt" tell either.
 */
const REPORTING: Record<VerbLang, ReadonlySet<string>> = {
  nl: new Set(
    'zegt meldt laat schrijft verklaart stelt benadrukt waarschuwt vindt meent denkt eist bevestigt ontkent erkent antwoordt reageert twittert vertelt bericht concludeert kondigt maakt noemt roept spreekt belooft hoopt wijst ziet weet schat gelooft vreest pleit vraagt'.split(
      ' ',
    ),
  ),
  de: new Set(
    'sagt meldet teilt erklärt betont warnt fordert berichtet schreibt bestätigt kündigt räumt weist kritisiert spricht twittert gibt verkündet dementiert meint glaubt hofft fürchtet befürchtet sieht weiß schätzt nennt verweist unterstreicht verspricht antwortet reagiert appelliert mahnt beklagt wirft lässt heißt'.split(
      ' ',
    ),
  ),
};

/** A reporting verb that schedules with its particle: "De stemming vindt woensdag plaats". */
const WITH_PARTICLE: Record<VerbLang, Readonly<Record<string, RegExp>>> = {
  nl: { vindt: /(?<![\p{L}])plaats(?![\p{L}])/u, spreekt: /(?<![\p{L}])toe(?![\p{L}])/u },
  de: {},
};

const ENDS_IN_T = /^\p{Ll}\p{L}*t$/u;

/**
 * Whether `word` is a third-person singular present that does not report: a verb that schedules.
 * `rest` is what follows in its sentence, where a separable verb leaves its particle.
 */
export function isSchedulingPresent(lang: VerbLang, word: string, rest: string): boolean {
  return (
    ENDS_IN_T.test(word) &&
    !NOT_VERBS[lang].has(word) &&
    (!REPORTING[lang].has(word) || WITH_PARTICLE[lang][word]?.test(rest) === true) &&
    !STRONG_PAST[lang].test(word) &&
    !hasPastMarker(lang, word)
  );
}
