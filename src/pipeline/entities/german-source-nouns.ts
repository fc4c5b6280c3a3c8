/**
 * "Nach Angaben Wijewardenes waren neun Attentäter beteiligt", "laut Aussagen Fernandos": German
 * names whose account it is with a noun of saying after "nach" or "laut", and the name in the
 * genitive right after it. That noun is a common noun, capitalised as every German noun is; the run
 * it opens is no name of its own ("Angaben Wijewardenes").
 */
import type { Token } from './text.ts';

/** Nouns of an account given: "Angaben", "Aussagen", "Informationen", "Worten", "Schätzungen". */
const ACCOUNT = new Set(['angaben', 'aussagen', 'informationen', 'worten', 'schatzungen', 'berichten']);
/** Prepositions that name whose account it is. */
const ACCORDING = new Set(['nach', 'laut']);

/**
 * The run at `first` opens with a noun of an account after "nach" or "laut", that word before it
 * or, capitalised at the sentence's start, the run's first ("Nach Angaben Wijewardenes").
 */
export function opensGermanAccount(tokens: readonly Token[], first: number): boolean {
  const at = ACCORDING.has(tokens[first]?.norm ?? '') ? first + 1 : first;
  const before = tokens[at - 1];
  const noun = tokens[at];
  return before !== undefined && noun !== undefined && ACCORDING.has(before.norm) && ACCOUNT.has(noun.norm);
}
