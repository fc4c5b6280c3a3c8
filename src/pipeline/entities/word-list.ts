/**
 * A large, fixed set of words packed in one string, with its own hash table. A Set of the 200,000
 * dictionary words costs some 100 ms to fill and weighs on every garbage collection after; the
 * packed list is read back from the cache as one string and one array, and a lookup (a hundred
 * per article) costs about what Set.has does.
 */

/** What the lexicon's lookups need: a Set of words fits too. */
export interface WordSet {
  has(word: string): boolean;
}

const NEWLINE = 10;

/** FNV-1a over UTF-16 code units. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

export class WordList implements WordSet {
  /**
   * @param text the words, each followed by a line break
   * @param slots open addressing with linear probing, a power of two long, with room to spare:
   *   1 + where a word starts in `text`, or 0
   */
  private constructor(
    readonly text: string,
    readonly slots: Int32Array,
  ) {
    const size = slots.length;
    if (size & (size - 1) || (text !== '' && text.charCodeAt(text.length - 1) !== NEWLINE)) {
      throw new Error('a word list is one word a line, its table a power of two long');
    }
  }

  /** Non-empty words without a line break; sorted, so that the same words make the same cache file. */
  static of(words: Iterable<string>): WordList {
    const sorted = [...new Set(words)].sort();
    // At most two thirds full, so that a lookup seldom probes more than two slots.
    let size = 1;
    while (size < 1.5 * (sorted.length + 1)) size *= 2;
    const slots = new Int32Array(size);
    let start = 0;
    for (const w of sorted) {
      let s = hash(w) & (size - 1);
      while (slots[s] !== 0) s = (s + 1) & (size - 1);
      slots[s] = start + 1;
      start += w.length + 1;
    }
    return new WordList(sorted.map((w) => `${w}\n`).join(''), slots);
  }

  /** A list from the `text` and `slots` of another. */
  static from(text: string, slots: Int32Array): WordList {
    return new WordList(text, slots);
  }

  has(word: string): boolean {
    const mask = this.slots.length - 1;
    for (let s = hash(word) & mask, probes = 0; probes <= mask; s = (s + 1) & mask, probes++) {
      const entry = this.slots[s] as number;
      if (entry === 0) return false;
      if (this.isAt(entry - 1, word)) return true;
    }
    return false;
  }

  private isAt(start: number, word: string): boolean {
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      // A line break ends the listed word: the word looked up is longer, or is two words.
      if (c !== this.text.charCodeAt(start + k) || c === NEWLINE) return false;
    }
    return this.text.charCodeAt(start + word.length) === NEWLINE;
  }
}
