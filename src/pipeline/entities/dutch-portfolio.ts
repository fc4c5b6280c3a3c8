/**
 * A Dutch minister's portfolio: "Minister van Burgerluchtvaart Ram Mohan Naidu", "minister van
 * Volkshuisvesting Mona Keijzer". The capitalised noun after a title and "van" is no front of the
 * name that follows, also where it is a compound the dictionary does not list.
 */
import { isDutchCompound, type Lexicon } from './lexicon.ts';
import type { Token } from './text.ts';

/** Token `i` is a Dutch compound right after a title (as `isTitle` tells) and "van". */
export function isDutchPortfolio(
  tokens: Token[],
  i: number,
  isTitle: (norm: string) => boolean,
  lexicon: Lexicon,
): boolean {
  const title = tokens[i - 2];
  const t = tokens[i];
  return (
    t !== undefined &&
    tokens[i - 1]?.norm === 'van' &&
    title !== undefined &&
    isTitle(title.norm) &&
    isDutchCompound(t.norm, lexicon)
  );
}
