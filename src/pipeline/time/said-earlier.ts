/**
 * "He said some 20,000 "bandits" had attacked Almaty", "Hij zei dat bandieten de stad hadden
 * aangevallen", "Er sagte, Banditen hätten die Stadt angegriffen": a pronoun's saying followed by
 * what had happened tells something before the saying, and with no time of its own the sentence is
 * known only to lie before it: the day of the sentences around it is the saying's, not its own.
 */
import type { Lang } from './lexicon.ts';

/** The sentence opens with a pronoun's verb of saying in the past; `clause` is what was said. */
const OPENS_SAYING: Record<Lang, RegExp> = {
  en: /^(?:he|she|they)\s+(?:said|added|explained|told\s+\p{Ll}+)\s+(?<clause>.+)$/iu,
  nl: /^(?:hij|zij|ze)\s+(?:zei|zeiden|verklaarde|verklaarden|vertelde|vertelden)\s+(?<clause>.+)$/iu,
  de: /^(?:er|sie)\s+(?:sagte|sagten|erklärte|erklärten)\s*,\s*(?<clause>.+)$/iu,
};

/**
 * The said clause tells a past before the saying: English "had" with its participle, Dutch
 * "had"/"hadden" with a participle later in the clause, German "hatte"/"habe"/"hätte" (and plurals)
 * with the participle closing the clause, or "sei"/"war" with "worden".
 */
const EARLIER: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])had\s+(?:\p{Ll}+ly\s+)?(?:been|\p{Ll}{2,}(?:ed|en))(?![\p{L}])/u,
  nl: /(?<![\p{L}])(?:had|hadden)\s[^.;:]*(?<![\p{L}])\p{Ll}*ge\p{Ll}{2,}(?:d|t|en)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:(?:hatte|hatten|habe|haben|hätte|hätten)\s(?:[^.;:]*\s)?\p{Ll}{3,}(?:t|en)(?=\s*(?:[.,;:]|$))|(?:war|waren|sei|seien)\s(?:[^.;:]*\s)?\p{Ll}{3,}(?:t|en)\s+worden(?![\p{L}]))/u,
};

/** A future in the past ("said they would") or a count up to the saying ("since") is no earlier happening. */
const AHEAD_OR_SINCE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:would|will|since)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:zou|zouden|zal|zullen|sinds|sedert)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:würde|würden|werde|werden|wird|seit)(?![\p{L}])/iu,
};

/** What was said tells what had happened before, not what was to come or has gone on since. */
function tellsEarlier(lang: Lang, clause: string | undefined): clause is string {
  return clause !== undefined && EARLIER[lang].test(clause) && !AHEAD_OR_SINCE[lang].test(clause);
}

/** The sentence, with no time of its own, reports after a bare "he said" what had happened before. */
export function saidEarlier(lang: Lang, sentence: string): boolean {
  return tellsEarlier(lang, OPENS_SAYING[lang].exec(sentence)?.groups?.clause);
}

/**
 * A named speaker's verb of saying right after the time and the phrase it opens ("In a televised
 * address on Friday, Tokayev said …", "In een toespraak op vrijdag zei Tokajev dat …"); `clause`
 * is what was said.
 */
const SAYING_AFTER_TIME: Record<Lang, RegExp> = {
  en: /^[^.;:]{0,60}?,\s*(?:\p{Lu}[\p{L}-]+\s+){1,3}(?:said|told\s+\p{Ll}+)\s+(?<clause>.+)$/u,
  nl: /^[^.;:]{0,60}?\s(?:zei|verklaarde|vertelde)\s+(?:\p{Lu}[\p{L}-]+\s+){1,3}(?:dat\s+)?(?<clause>.+)$/u,
  de: /^[^.;:]{0,60}?\s(?:sagte|erklärte)\s+(?:\p{Lu}[\p{L}-]+\s*){1,3},\s*(?:dass\s+)?(?<clause>.+)$/u,
};

/**
 * "Nach einem Telefonat … am Samstag sagte Lukaschenko, Russland habe ihm umfassende Hilfe
 * zugesagt": the subjunctive "habe" reports what was said then; "hätten … angegriffen" what had
 * happened before.
 */
const PLUPERFECT_DE = /(?<![\p{L}])(?:hatte|hatten|hätte|hätten)(?![\p{L}])/u;

/**
 * "In a televised address on Friday, Tokayev said Almaty had been attacked by 20,000 bandits": the
 * time `t` opens the sentence and dates the saying; what was said had happened before it. Returns
 * the span [t.start, where what was said begins) the time dates, or undefined.
 */
export function saidEarlierAfterTime(
  lang: Lang,
  sentence: string,
  t: { start: number; end: number },
): [number, number] | undefined {
  const clause = SAYING_AFTER_TIME[lang].exec(sentence.slice(t.end))?.groups?.clause;
  if (!tellsEarlier(lang, clause)) return undefined;
  // German reported speech puts the simple past in "habe … zugesagt": only "hatte"/"hätte" is earlier.
  if (lang === 'de' && !PLUPERFECT_DE.test(clause)) return undefined;
  return [t.start, sentence.length - clause.length];
}
