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

/**
 * Words a Dutch ministry's name opens with (folded): after a minister's name and "van" they name his
 * portfolio ("minister Hoekstra van Buitenlandse Zaken", "minister Yeşilgöz van Justitie"), never the
 * rest of his name as "van Dijk" does.
 */
const PORTFOLIO_WORDS = new Set(
  [
    'buitenlandse binnenlandse economische sociale algemene justitie defensie financien onderwijs',
    'landbouw klimaat asiel migratie volksgezondheid infrastructuur volkshuisvesting',
  ]
    .join(' ')
    .split(' '),
);

/** Token `i`, after "van", opens a Dutch ministry's name. */
export function opensDutchPortfolio(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.norm === 'van' && PORTFOLIO_WORDS.has(tokens[i]?.norm ?? '');
}
