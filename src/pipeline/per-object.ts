/**
 * `derive` run once per object: what a stage builds from a lexicon or one of its word lists (a set,
 * compiled patterns) is built on first use and held only as long as that object lives, so a test's
 * own lexicon is freed with it.
 */
export function perObject<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const derived = new WeakMap<K, V>();
  return (key) => {
    let value = derived.get(key);
    if (value === undefined) {
      value = derive(key);
      derived.set(key, value);
    }
    return value;
  };
}
