import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDirs } from '../../test-temp-dirs.ts';
import { cached, type Codec } from './cache.ts';

const tempDir = tempDirs('entities-cache-');

const words: Codec<string[]> = {
  encode: (value) => value.map((w) => Buffer.from(w)),
  decode: (sections) => sections.map((s) => s.toString('utf8')),
};

function cacheFile(): string {
  return join(tempDir(), 'sub', 'data.bin');
}

describe('cached', () => {
  it('computes the value once and reads it back from the file after', () => {
    const file = cacheFile();
    const compute = vi.fn(() => ['Almaty', 'Astana']);
    expect(cached(file, 'k1', words, compute)).toEqual(['Almaty', 'Astana']);
    expect(cached(file, 'k1', words, compute)).toEqual(['Almaty', 'Astana']);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('computes afresh when the key has changed, and keeps the new value', () => {
    const file = cacheFile();
    cached(file, 'k1', words, () => ['old']);
    const compute = vi.fn(() => ['new']);
    expect(cached(file, 'k2', words, compute)).toEqual(['new']);
    expect(cached(file, 'k2', words, compute)).toEqual(['new']);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, bytes.length - 3)],
    ['with a changed byte', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, -1), Buffer.from('X')])],
    ['garbage', () => Buffer.from('not a cache')],
    ['empty', () => Buffer.alloc(0)],
  ])('falls back to computing when the file is %s', (_, damage) => {
    const file = cacheFile();
    cached(file, 'k1', words, () => ['Almaty']);
    writeFileSync(file, damage(readFileSync(file)));
    const compute = vi.fn(() => ['Almaty']);
    expect(cached(file, 'k1', words, compute)).toEqual(['Almaty']);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(cached(file, 'k1', words, compute)).toEqual(['Almaty']);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('falls back to computing when the codec cannot read the sections', () => {
    const file = cacheFile();
    cached(file, 'k1', words, () => ['Almaty']);
    const strict: Codec<string[]> = {
      ...words,
      decode: () => {
        throw new Error('unexpected sections');
      },
    };
    expect(cached(file, 'k1', strict, () => ['computed'])).toEqual(['computed']);
  });

  it('computes without complaint where the file cannot be written', () => {
    const dir = tempDir();
    const blocker = join(dir, 'not-a-directory');
    writeFileSync(blocker, '');
    const compute = vi.fn(() => ['Almaty']);
    expect(cached(join(blocker, 'data.bin'), 'k1', words, compute)).toEqual(['Almaty']);
    expect(cached(join(blocker, 'data.bin'), 'k1', words, compute)).toEqual(['Almaty']);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('neither reads nor writes without a key', () => {
    const file = cacheFile();
    const compute = vi.fn(() => ['Almaty']);
    cached(file, undefined, words, compute);
    cached(file, undefined, words, compute);
    expect(compute).toHaveBeenCalledTimes(2);
    expect(existsSync(file)).toBe(false);
  });
});
