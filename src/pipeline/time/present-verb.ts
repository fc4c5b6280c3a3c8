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

/** A reporting verb that schedules with its particle: "De stemming vindt woensdag plaats", "… plaatsvindt". */
const WITH_PARTICLE: Record<VerbLang, Readonly<Record<string, { glued: string; after: RegExp }>>> = {
  nl: {
    vindt: { glued: 'plaatsvindt', after: /(?<![\p{L}])plaats(?![\p{L}])/u },
    spreekt: { glued: 'toespreekt', after: /(?<![\p{L}])toe(?![\p{L}])/u },
  },
  de: {},
};

/** Separable particles glued to a verb at the end of a subordinate clause: "mitteilt", "aankondigt". */
const PARTICLE: Record<VerbLang, RegExp> = {
  nl: /^(?:aan|af|bekend|bij|door|in|mee|na|op|terug|toe|uit|voor|weg)$/u,
  de: /^(?:ab|an|auf|aus|bei|bekannt|dar|ein|fest|her|hin|mit|nach|vor|weg|zu|zurück)$/u,
};

/** Whether `word` is a reporting verb, alone or after its particle ("sagt", "mitteilt"). */
function reports(lang: VerbLang, word: string, rest: string): boolean {
  for (const verb of REPORTING[lang]) {
    if (!word.endsWith(verb)) continue;
    if (word !== verb && !PARTICLE[lang].test(word.slice(0, -verb.length))) continue;
    const particle = WITH_PARTICLE[lang][verb];
    if (particle === undefined || !(word === particle.glued || (word === verb && particle.after.test(rest))))
      return true;
  }
  return false;
}

const ENDS_IN_T = /^\p{Ll}\p{L}*t$/u;

/**
 * Plural presents of verbs that schedule meetings and decisions ("De ministers overleggen vrijdag
 * over sancties", "Die Außenminister beraten am Freitag"). A plural in -en is also a strong past
 * ("kwamen", "gingen"), so only these, whose pasts are other words ("overlegden", "berieten"), count.
 */
const PLURAL_SCHEDULING: Record<VerbLang, ReadonlySet<string>> = {
  nl: new Set('overleggen vergaderen beslissen besluiten onderhandelen beraadslagen stemmen'.split(' ')),
  de: new Set('beraten verhandeln entscheiden beschließen tagen abstimmen'.split(' ')),
};

/**
 * Whether `word` is a third-person singular present that does not report, or a plural present of
 * PLURAL_SCHEDULING: a verb that schedules.
 * `rest` is what follows in its sentence, where a separable verb leaves its particle.
 */
export function isSchedulingPresent(lang: VerbLang, word: string, rest: string): boolean {
  if (PLURAL_SCHEDULING[lang].has(word)) return true;
  return (
    ENDS_IN_T.test(word) &&
    !NOT_VERBS[lang].has(word) &&
    !reports(lang, word, rest) &&
    !STRONG_PAST[lang].test(word) &&
    !hasPastMarker(lang, word)
  );
}
