/**
 * Fuzzy lookup of one-word names (surnames, city and country names) by phonetic key within a
 * small edit distance, via a deletion index (SymSpell): a lookup costs a few dozen map probes,
 * independent of the number of names.
 */
import type { Target } from './name-index.ts';
import { allowedDistance, damerau, phoneticKey } from './phonetic.ts';

export interface FuzzyCandidate {
  target: Target;
  /** The listed spelling that is close. */
  name: string;
  distance: number;
}

function deletes(key: string, depth: number, into: Set<string>): void {
  if (depth === 0 || key.length <= 3) return;
  for (let i = 0; i < key.length; i++) {
    const d = key.slice(0, i) + key.slice(i + 1);
    if (!into.has(d)) {
      into.add(d);
      deletes(d, depth - 1, into);
    }
  }
}

export class FuzzyIndex {
  private readonly byKey = new Map<string, { target: Target; name: string }[]>();
  private readonly byDeletion = new Map<string, Set<string>>();

  add(name: string, target: Target): void {
    const key = phoneticKey(name);
    if (key.length < 4) return;
    const list = this.byKey.get(key) ?? [];
    if (!list.some((e) => e.target.id === target.id && e.target.type === target.type))
      list.push({ target, name });
    this.byKey.set(key, list);
    const variants = new Set([key]);
    deletes(key, allowedDistance(key.length), variants);
    for (const d of variants) {
      const keys = this.byDeletion.get(d) ?? new Set<string>();
      keys.add(key);
      this.byDeletion.set(d, keys);
    }
  }

  /**
   * Names whose key is within the allowed distance of the word's and begins with the same
   * sound (Dokayev/Tokayev both begin with a "t" sound), closest first.
   */
  lookup(word: string): FuzzyCandidate[] {
    const key = phoneticKey(word);
    if (key.length < 4) return [];
    const probes = new Set([key]);
    deletes(key, allowedDistance(key.length), probes);
    const keys = new Set<string>();
    for (const p of probes) for (const k of this.byDeletion.get(p) ?? []) keys.add(k);
    const out: FuzzyCandidate[] = [];
    for (const k of keys) {
      if (k[0] !== key[0]) continue;
      const max = allowedDistance(Math.min(k.length, key.length));
      const distance = damerau(key, k, max);
      if (distance > max) continue;
      for (const e of this.byKey.get(k) ?? []) out.push({ ...e, distance });
    }
    return out.sort((a, b) => a.distance - b.distance || a.target.id.localeCompare(b.target.id));
  }
}
