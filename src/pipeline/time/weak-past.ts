/**
 * The weak (regular) simple past of Dutch and German, read by its shape rather than from a list:
 * a stem and -te/-ten ("telefonierte", "forderten", "stürmten"), in Dutch -te/-ten after t, k, f,
 * s, p ("eisten", "werkte") and -de/-den after other sounds ("belde", "bestormden", "meldde").
 * Many nouns, adjectives, ordinals and infinitives end alike ("heute", "zweite", "halten", "ruimte",
 * "tweede", "gebieden"), so only stems whose last sounds a weak past has and those words lack count:
 * German "-ach-" only after m/l/w/br/d/kr ("machte", not "beachten"), no stem in -t ("halten",
 * "bitte", "dritte"), no short "-al-"/"-el-"/"-ar-" ("halten", "gelten", "starten"). A capitalised
 * word is a German noun or a name ("Rutte"); a word right after an article, a numeral or a
 * possessive is an adjective ("die verletzten Polizisten", "de eerste dagen").
 */
import type { Lang } from './lexicon.ts';

type VerbLang = Exclude<Lang, 'en'>;

/** A lower-case word that may be a weak past, to be checked by its stem. */
const CANDIDATE: Record<VerbLang, RegExp> = {
  de: /(?<![a-zA-Z])(?<![\p{L}])\p{Ll}\p{L}{2,}ten?(?![\p{L}])/gu,
  nl: /(?<![a-zA-Z])(?<![\p{L}])\p{Ll}\p{L}{2,}[dt]en?(?![\p{L}])/gu,
};

/**
 * Stem endings a German weak past has and its look-alikes lack: -dete/-tete and -nete after a
 * consonant ("meldete", "ordnete"), -au-/-eu- ("baute"), -h- but not -ch-, -g-, -k- but not -ek-
 * ("direkte"), -l- but not after a short a/e ("halten", "gelten") save a verb in -eln
 * ("handelte"), -r- but not after a/o ("starten", "antworten"), -m-, -n- after h, n, r, l, ei, ie, o
 * or a short "plan", -ss-/-eis-/-ös-/-aus- but no superlative ("höchste"), -ß-, -z-, -f-, -b-, -p-,
 * -sch- and -lich- ("herrschte", "veröffentlichte"), -uch-/-och-/-eich- ("suchte", "reichte").
 */
const DE_STEM =
  /(?:[dt]e|[^aeiouäöüy][nm]e|[ae]u|[^c]h|g|[^e]k|[^aeä]l|iel|\p{L}{3}[^aeiouäöüy]el|[^ao]r|m|(?:[hnrl]|ei|ie|o)n|^\p{L}{1,2}an|d|ss|(?:ei|ö|au)s|ß|z|f|b|p|x|(?:[mlw]|br|d|kr)ach|[^e]uch|och|eich|sch|lich)$/u;

/** German words of those shapes that are no past: adverbs, adjectives, ordinals, subjunctives, infinitives. */
const DE_NOT =
  /^(?:heute|erneuten?|lauten?|meisten?|letzten?|hätten?|könnten?|dürften?|müssten?|möchten?|wüssten?|bräuchten?|bestimmten?|gesamten?|berühmten?|beliebten?|leichten?|seichten?|bekannten?|verwandten?|bewaffneten?|hunderten?|fünften?|siebten?|sanften?)$|(?:größten?|werten?|haften?|vierten?|zehnten?|elften?|zwölften?|deuten?|leisten?|pflichten?|anerkannten?)$|^(?:ab|an|auf|aus|bei|ein|fest|mit|nach|so|vor|zu|zurück)?ge(?!hör|nehmig|lang)/u;

/**
 * Stem endings of a Dutch weak past: t, k, f, s, p before -te ("zette", "werkte", "eiste"), but no
 * noun in -ist ("journalisten") nor superlative ("grootste"); l, r, m, g, w, d, s, f before -de
 * ("belde", "verklaarde", "noemde", "kondigde", "bouwde", "meldde", "reisde", "leefde"), n only
 * after a long vowel ("woonde", not "ronde" or "volgende"), a vowel only in -aai-/-ooi-/-oei-.
 */
const NL_TE_STEM = /(?:t|k|f|(?<![aeiou])[aiou]s|eis|ts|p|x)$/u;
const NL_DE_STEM = /(?:l|r|m|g|w|d|s|f|(?:aa|oo|ee|ie|oe|eu|ui)n|(?:aa|oo|oe)i)$/u;

/** Dutch words of those shapes that are no past: nouns, adjectives, ordinals, adverbs. */
const NL_NOT =
  /^(?:aarde|waarden?|orde|garde|derden?|vierde|worden|honderden|maanden|vrienden|eenden|midden|redden|(?:aan|ver|af)?melden|gelden|aanvaarden|standaarden|moorden|noorden|kisten|grootte|hitte|witte|platte|natte|drukte|sterkte|zwakte|dikte|vlakte|sekte|vreugde|(?:on)?bepaalde|kusten|gasten|lasten|posten|kosten|oosten|beroemden?|wilde|milde)$|(?:ziekten?|diepten?|woorden|laatsten?|grootsten?|tienden?|elfden?|twaalfden?|vijfden?|beelden|velden|helden|schulden|staanden|markten|lusten|epten)$|^\p{L}{3,}isten?$|^(?:aan|af|in|mee|na|om|op|toe|uit|voor)?ge(?!beur|bruik|loof|tuig)/u;

/**
 * An article, numeral, possessive or preposition before an adjective ("mit bewaffneten Kämpfern"),
 * or a present auxiliary or modal ("Boluarte wil vervroegde verkiezingen"): no finite verb in the
 * past follows one of them.
 */
const DETERMINER: Record<VerbLang, RegExp> = {
  de: /(?<![\p{L}])(?:\p{N}+|der|die|den|dem|des|(?<=\p{L}\s)das|k?ein|k?eine[mnrs]?|zwei|drei|vier|fünf|mehrere|viele[nr]?|alle[nr]?|beiden?|diese[mnrs]?|jede[mnrs]?|seine[mnrs]?|ihre[mnrs]?|unsere[mnrs]?|am|im|vom|zum|zur|beim|sehr|mit|von|nach|bei|aus|für|gegen|ohne|über|unter|durch|seit|wegen|trotz|ist|sind|wird|werden|hat|haben|kann|können|muss|müssen|soll|sollen|will|wollen)\s+$/iu,
  nl: /(?<![\p{L}])(?:\p{N}+|de|het|een|der|des|deze|dit|zijn|haar|hun|onze|mijn|elke|iedere|geen|twee|drie|vier|vijf|enkele|sommige|vele|alle|beide|andere|zeer|heel|met|van|voor|door|naar|bij|uit|over|tegen|zonder|tot|is|wordt|worden|heeft|hebben|kan|kunnen|moet|moeten|zal|zullen|wil|willen)\s+$/iu,
};

function isWeakPast(lang: VerbLang, word: string): boolean {
  const stem = word.slice(0, word.endsWith('n') ? -3 : -2);
  if (stem.length < 3) return false;
  if (lang === 'de') return DE_STEM.test(stem) && !DE_NOT.test(word);
  if (word.charAt(stem.length) === 'd') return NL_DE_STEM.test(stem) && !NL_NOT.test(word);
  // A plural "-tten" after a vowel is also the infinitive of a verb in -t ("zetten", "zitten").
  const infinitive = word.endsWith('n') && /[aeiou]t$/u.test(stem);
  return NL_TE_STEM.test(stem) && !infinitive && !NL_NOT.test(word);
}

/** The weak simple pasts of `text`, as start and end offsets one after the other. */
export function weakPastMarkers(lang: Lang, text: string): number[] {
  if (lang === 'en') return [];
  const re = CANDIDATE[lang];
  re.lastIndex = 0;
  const found: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!isWeakPast(lang, m[0])) continue;
    if (DETERMINER[lang].test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    found.push(m.index, m.index + m[0].length);
  }
  return found;
}
