import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, computePackageData, packageData, packageDataCodec } from './package-data.ts';

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
  });

  it('is cached in the file given, and the same when read from it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'entities-package-')), 'data.bin');
    packageData(file);
    expect(existsSync(file)).toBe(true);
    const read = packageData(file);
    expect(read.countries).toEqual(computed.countries);
    expect(read.lexicon.nl.text).toBe(computed.lexicon.nl.text);
    expect(read.lexicon.en.has('eyewitness')).toBe(true);
  });

  it('has one cache key while packages and sources stay as they are', () => {
    expect(cacheKey()).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey()).toBe(cacheKey());
  });
});
