/**
 * "Eerder kwamen een 19-jarige vrouw uit Vleuten en twee mannen van 28 en 49 jaar om het leven", "a
 * woman and two men were killed": the count joined by "and" to one person introduced before it is
 * only a part of those the happening befell, no count of them all.
 */
import type { NumberSpan } from './numbers.ts';

/**
 * In the number's clause, an indefinite article, up to two words ("19-jarige"), a noun for one
 * person, perhaps where they are from, then "and"/"en"/"und" right before the number. A thing
 * ("a crowd and 12 people were killed") is no person the count adds to.
 */
const ONE_AND =
  /(?<![\p{L}])(?:a|an|een|ein|eine|einer)\s+(?:[\p{L}\d-]+\s+){0,2}(?:woman|man|girl|boy|child|teenager|vrouw|man|meisje|jongen|kind|tiener|frau|mann|mädchen|junge|kind|jugendliche[rn]?)(?:\s+(?:from|uit|aus)\s+[\p{L}-]+)?\s+(?:and|en|und)\s+$/iu;
/** Where the number's clause begins: the last clause mark before it. */
const CLAUSE_MARK = /[,;:.!?]/g;

/** Whether the number `n` of `text` counts those joined by "and" to one person told before it. */
export function joinedToOne(text: string, n: NumberSpan): boolean {
  const before = text.slice(0, n.start);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_MARK)) from = m.index + 1;
  return ONE_AND.test(before.slice(from));
}
