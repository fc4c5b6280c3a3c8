/** A lexicon's word lists as sets, built once per list: sentences test their words against them. */
const sets = new WeakMap<readonly string[], Set<string>>();

export function wordSet(words: readonly string[]): Set<string> {
  let set = sets.get(words);
  if (!set) {
    set = new Set(words);
    sets.set(words, set);
  }
  return set;
}
