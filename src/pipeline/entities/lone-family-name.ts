/**
 * A lone family name the document itself writes in full after a given name ("Veranstalter Rainer
 * Schaller" … "Schaller kündigte an") is that person's, not a misspelling of a listed name that
 * sounds alike (Jäger): a translation garbles a name, it does not give it another given name.
 */
import type { Token } from './text.ts';

/**
 * Whether a sentence of the document writes `norm` after a capitalised word that `other` takes for
 * another given name: no title, no function word and none of the person's it was read as.
 */
export function writtenAfterOtherGivenName(
  sentences: readonly (readonly Token[])[],
  norm: string,
  other: (given: Token) => boolean,
): boolean {
  for (const tokens of sentences)
    for (let i = 1; i < tokens.length; i++) {
      const given = tokens[i - 1] as Token;
      if ((tokens[i] as Token).norm === norm && given.capitalised && !given.allCaps && other(given))
        return true;
    }
  return false;
}
