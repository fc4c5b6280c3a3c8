/**
 * Fuzzy lookup of one-word names (surnames, city and country names) by phonetic key within a
 * small edit distance. A close name must begin with the same sound, so a lookup compares the
 * word's key with the keys of that first sound only: a few dozen bounded edit distances. Lookups
 * are rare (some 600 in a run of 1,000 articles), so nothing more is built for them: an index of
 * key deletions (SymSpell) took longer to build at every start than a run's lookups take.
 */
import type { Target } from './name-index.ts';
import { allowedDistance, damerau, phoneticKey } from './phonetic.ts';
import { CappedCache } from '../capped-cache.ts';
import { compareText } from '../compare-text.ts';

export interface FuzzyCandidate {
  target: Target;
  /** The listed spelling that is close. */
  name: string;
  distance: number;
}

export class FuzzyIndex {
  private readonly byKey = new Map<string, { target: Target; name: string }[]>();
  /** Keys by their first letter, in the order they were first added. */
  private readonly byFirst = new Map<string, string[]>();

  /** What lookup found for a key, until a name is added. */
  private readonly found = new CappedCache<string, readonly FuzzyCandidate[]>(10_000);

  /** A name added again (the data repeat some) finds its key in phoneticKey's memory and its target listed. */
  add(name: string, target: Target): void {
    this.found.clear();
    const key = phoneticKey(name);
    if (key.length < 4) return;
    const list = this.byKey.get(key);
    if (list) {
      if (!list.some((e) => e.target.id === target.id && e.target.type === target.type))
        list.push({ target, name });
      return;
    }
    this.byKey.set(key, [{ target, name }]);
    const first = key[0] as string;
    const keys = this.byFirst.get(first);
    if (keys) keys.push(key);
    else this.byFirst.set(first, [key]);
  }

  /**
   * Names whose key is within the allowed distance of the word's and begins with the same
   * sound, closest first (a "d" written for a "t", as transliteration and machine translation do,
   * keeps the "t" sound).
   */
  lookup(word: string): readonly FuzzyCandidate[] {
    const key = phoneticKey(word);
    if (key.length < 4) return [];
    // Articles on one story repeat the same unlisted names: each key is compared once.
    let out = this.found.get(key);
    if (out) return out;
    const close: FuzzyCandidate[] = [];
    for (const k of this.byFirst.get(key[0] as string) ?? []) {
      const max = allowedDistance(Math.min(k.length, key.length));
      const distance = damerau(key, k, max);
      if (distance > max) continue;
      for (const e of this.byKey.get(k) ?? []) close.push({ ...e, distance });
    }
    out = close.sort((a, b) => a.distance - b.distance || compareText(a.target.id, b.target.id));
    this.found.set(key, out);
    return out;
  }
}
