import { describe, expect, it } from 'vitest';
import { perObject } from './per-object.ts';

describe('perObject', () => {
  it('builds what a word list gives once, however often a sentence asks', () => {
    let builds = 0;
    const setOf = perObject((words: readonly string[]) => {
      builds++;
      return new Set(words);
    });
    const words = ['said', 'zei', 'sagte'];
    expect(setOf(words).has('zei')).toBe(true);
    expect(setOf(words)).toBe(setOf(words));
    expect(builds).toBe(1);
  });

  it('builds again for another list with the same words: a user lexicon is never served a stale one', () => {
    const setOf = perObject((words: readonly string[]) => new Set(words));
    expect(setOf(['said'])).not.toBe(setOf(['said']));
  });
});
