import { describe, expect, it } from 'vitest';
import { CappedCache } from './capped-cache.ts';

describe('CappedCache', () => {
  it.each([
    ['a key set is read back', 3, ['a'], 'a', 1],
    ['a key never set is undefined', 3, ['a'], 'b', undefined],
    ['keys up to the cap are all kept', 3, ['a', 'b', 'c'], 'a', 1],
    ['a key set past the cap forgets the earlier ones', 3, ['a', 'b', 'c', 'd'], 'a', undefined],
    ['a key set past the cap is itself kept', 3, ['a', 'b', 'c', 'd'], 'd', 4],
  ])('%s', (_, cap, keys, read, expected) => {
    const cache = new CappedCache<string, number>(cap);
    keys.forEach((key, i) => cache.set(key, i + 1));
    expect(cache.get(read)).toBe(expected);
  });

  it('holds no more than its cap', () => {
    const cache = new CappedCache<number, number>(2);
    for (let i = 0; i < 5; i++) cache.set(i, i);
    expect(cache.size).toBeLessThanOrEqual(2);
  });
});
