/**
 * Whether a sentence tells what lies ahead by its verb ("will", "zal", "wird", "is to take place",
 * "soll … stattfinden"), in the language it is written in: German "werden" after a modal in the
 * past is a passive infinitive ("mussten am Montag … befreit werden"), no future, and "soll" before
 * a perfect's auxiliary is hearsay about the past ("soll von den Plänen gewusst haben").
 */

/**
 * "is to take place", "are due to meet": a plan; "is due to the blast" is a cause. "was expected to
 * be brought before a judge on Thursday" tells a plan as of the writing, still ahead of it.
 */
const FUTURE_VERBS: Record<string, RegExp> = {
  en: /\b(?:will|shall|is expected|are expected|(?:was|were)\s+expected\s+to\s+\p{Ll}+|(?:is|are)\s+(?:(?:due|scheduled|set)\s+)?to\s+(?!(?:the|a|an|this|that|his|her|its|their|our)\b)\p{Ll}+)\b/iu,
  nl: /\b(?:zal|zullen)\b/iu,
  de: /(?<![\p{L}])(?:wird|werden|werde|will|wolle|wollen|(?:soll|sollen)(?![^.,;:]*\s\p{Ll}+\s(?:haben|sein)(?![\p{L}])))(?![\p{L}])/iu,
};
const ANY_LANGUAGE = /\b(will|shall|is expected|are expected|zal|zullen|wird|werden)\b/iu;

/** A German modal in the past ("musste", "konnten"): a "werden" after it is passive. */
const PAST_MODAL_THEN_WERDEN =
  /(?<![\p{L}])(?:musste|mussten|konnte|konnten|durfte|durften|wollte|wollten)(?![\p{L}])[^,;.]*?(?<![\p{L}])werden(?![\p{L}])/iu;

/** `language` is the article's, when known; without it every language's verbs count. */
export function tellsFuture(sentence: string, language?: string): boolean {
  const verbs = (language && FUTURE_VERBS[language]) || ANY_LANGUAGE;
  if (!verbs.test(sentence)) return false;
  if (language !== 'de') return true;
  // "wird", "will" ("Die ECOWAS will am Donnerstag … beraten": a plan) or a "werden" of its own
  // still tell the future beside a past modal's passive.
  return /(?<![\p{L}])(?:wird|will)(?![\p{L}])/iu.test(sentence) || !PAST_MODAL_THEN_WERDEN.test(sentence);
}
