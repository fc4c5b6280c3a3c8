/**
 * "President Macron wil dat de Notre-Dame binnen vijf jaar is herbouwd": a name written right
 * after a definite article names a thing (a building, a ship, a party), not a person; English,
 * Dutch and German news write no article before a person's name, only before a title ("de
 * Amerikaanse president Biden"), which stands between them.
 */
import type { Mention } from '../types.ts';

const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|de|het|der|die|das|den|dem)\s+$/iu;

/** Characters enough for the longest article and its blank. */
const REACH = 8;

export function afterArticle(text: string, m: Mention): boolean {
  return ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - REACH), m.start));
}
