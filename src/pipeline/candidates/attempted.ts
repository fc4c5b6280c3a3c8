/**
 * "Protesters tried to storm the parliament", "Demonstranten probeerden het parlement te
 * bestormen", "Demonstranten versuchten, das Parlament zu stürmen": the trigger is what someone
 * tried to do, which may not have been done.
 */

/** How far before the trigger the attempt may be told. */
const REACH = 80;

/** An attempt right before an English infinitive ("tried to storm", "attempted to forcibly storm"). */
const EN =
  /(?<![\p{L}])(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|sought|seek(?:s|ing)?|fail(?:s|ed|ing)?)\s+to\s+(?:\p{L}+ly\s+)?$/iu;

/** A Dutch attempt, then the object and "te" right before the infinitive ("probeerden het parlement te"). */
const NL =
  /(?<![\p{L}])(?:probe?er\p{L}*|geprobeerd|tracht\p{L}*|poog\p{L}*|poging\p{L}*)(?:\s+[^,.;:]+?)?\s+te\s+$/iu;

/**
 * A German attempt, words of its own clause ("am Dienstag"), a comma, then the object and "zu"
 * ("versuchten am Dienstag, das Parlament zu").
 */
const DE =
  /(?<![\p{L}])(?:versuch\p{L}*|misslang\p{L}*|scheiterte\p{L}*)(?:\s+[^,.;:]+?)?\s*,?(?:\s+[^,.;:]+?)?\s+zu\s+$/iu;

const BY_LANG: Record<string, RegExp> = { en: EN, nl: NL, de: DE };

/** Whether the trigger at `start` is what someone tried, or failed, to do. */
export function attempted(text: string, lang: string, start: number): boolean {
  const pattern = BY_LANG[lang];
  return pattern !== undefined && pattern.test(text.slice(Math.max(0, start - REACH), start));
}
