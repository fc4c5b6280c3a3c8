import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../test-temp-dirs.ts';
import {
  cacheFileFor,
  cacheKey,
  computePackageData,
  packageData,
  packageDataCodec,
  pruneStale,
  SOURCES,
} from './package-data.ts';

const tempDir = tempDirs('entities-package-');

/** The modules `file` imports for their code (not only their types), and theirs, in this folder. */
function modulesUsedBy(file: string, seen = new Set<string>()): Set<string> {
  seen.add(file);
  const source = readFileSync(new URL(file, import.meta.url), 'utf8');
  for (const [, used] of source.matchAll(/^import (?!type )[^;]*? from '\.\/([\w-]+\.ts)';$/gms)) {
    if (used && !seen.has(used)) modulesUsedBy(used, seen);
  }
  return seen;
}

describe('package data', () => {
  const computed = computePackageData();

  it('reads back from its cache sections exactly as computed', () => {
    const sections = packageDataCodec.encode(computed).map((s) => Buffer.from(s));
    const read = packageDataCodec.decode(sections);
    expect(read.countries).toEqual(computed.countries);
    for (const l of ['en', 'nl', 'adjectives', 'proper'] as const) {
      expect(read.lexicon[l].text).toBe(computed.lexicon[l].text);
      expect(read.lexicon[l].slots).toEqual(computed.lexicon[l].slots);
    }
    expect(read.towns.text).toBe(computed.towns.text);
    expect(read.towns.starts).toEqual(computed.towns.starts);
    expect(read.towns.named('meppen')).toEqual(computed.towns.named('meppen'));
  });

  it('is cached in the file given, and the same when read from it', () => {
    const dir = tempDir();
    const file = join(dir, 'data.bin');
    packageData(file);
    expect(existsSync(file)).toBe(true);
    const read = packageData(file);
    expect(read.countries).toEqual(computed.countries);
    expect(read.lexicon.nl.text).toBe(computed.lexicon.nl.text);
    expect(read.lexicon.en.has('eyewitness')).toBe(true);
    expect(read.towns.named('meppen').map((t) => t.country)).toEqual(['DE']);
  });

  it('keeps the data of each key in a file of its own under node_modules/.cache', () => {
    expect(cacheFileFor('a'.repeat(64))).toMatch(
      /node_modules\/\.cache\/crisis-chronology\/entities-package-data-a{16}\.bin$/,
    );
    expect(cacheFileFor('a'.repeat(64))).not.toBe(cacheFileFor('b'.repeat(64)));
  });

  it.each([
    ['of another key, written two days ago', 'b', 2, false],
    ['of another key, written an hour ago', 'c', 1 / 24, true],
    ['of the key in use, written two days ago', 'a', 2, true],
  ])('prunes the cache file %s only when stale: kept %s', (_, key, days, kept) => {
    const dir = tempDir();
    const file = cacheFileFor(key.repeat(64), dir);
    writeFileSync(file, 'x');
    const now = Date.now();
    utimesSync(file, (now - days * 86_400_000) / 1000, (now - days * 86_400_000) / 1000);
    pruneStale(dir, cacheFileFor('a'.repeat(64), dir), now);
    expect(existsSync(file)).toBe(kept);
  });

  it('keys the cache on every module that derives the data, so that a change to one is never served stale', () => {
    expect([...modulesUsedBy('package-data.ts')].sort()).toEqual([...SOURCES].sort());
  });

  it('has one cache key while packages and sources stay as they are', () => {
    expect(cacheKey()).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey()).toBe(cacheKey());
  });
});
