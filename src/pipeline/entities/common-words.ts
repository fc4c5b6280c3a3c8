import { CappedCache } from '../capped-cache.ts';
import { perObject } from '../per-object.ts';
import { isDictionaryWord, type Lexicon } from './lexicon.ts';

/**
 * The answers of isDictionaryWord, per lexicon and word: the name rules ask about a capitalised
 * word at every step, and each answer costs up to sixteen hash lookups.
 */
const answers = perObject((_: Lexicon) => new CappedCache<string, boolean>());

/** The word, or an inflected form of it, is ordinary English or Dutch: "eyewitnesses", "soldaten". */
export function isCommonWord(norm: string, lexicon: Lexicon): boolean {
  const known = answers(lexicon);
  let common = known.get(norm);
  if (common === undefined) {
    common = isDictionaryWord(norm, lexicon);
    known.set(norm, common);
  }
  return common;
}
