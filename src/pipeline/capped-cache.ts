/**
 * A memory of values worked out per distinct word. A corpus repeats its words, so each is worked out
 * once; a corpus has tens of thousands of distinct words, so the memory is cleared when it holds
 * `cap` of them rather than growing with every misspelling and number it meets. A Map, so that a
 * lookup, made for every word of a corpus, is the Map's own.
 */
export class CappedCache<K, V> extends Map<K, V> {
  private readonly cap: number;

  constructor(cap = 100_000) {
    super();
    this.cap = cap;
  }

  /** Remembers `value` for `key`, forgetting everything else first if the memory is full. */
  override set(key: K, value: V): this {
    if (this.size >= this.cap) this.clear();
    return super.set(key, value);
  }
}
