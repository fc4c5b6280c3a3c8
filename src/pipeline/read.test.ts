import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputFolderError, MAX_ARTICLE_BYTES, decodeArticle, readArticles } from './read.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it.each([
    ['an empty file is refused as empty', new Uint8Array(), 'empty file'],
    ['a file of blank lines is refused as empty', utf8('\n  \n\t\n'), 'empty file (only white space)'],
    [
      'a PNG header is refused as binary',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      'binary',
    ],
    [
      'Latin-1 "Düsseldorf" is refused as not UTF-8',
      new Uint8Array([0x44, 0xfc, 0x73, 0x73]),
      'not valid UTF-8',
    ],
  ])('%s', (_name, bytes, problem) => {
    const result = decodeArticle(bytes);
    expect('problem' in result && result.problem).toContain(problem);
  });

  it('drops the byte order mark and turns CRLF line ends into \\n', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kazachstan\r\n\r\nDuitsland stopt.\r\n')]);
    expect(decodeArticle(bytes)).toEqual({ text: 'Kazachstan\n\nDuitsland stopt.\n' });
  });
});

describe('readArticles', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'read-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads .txt and .md files sorted by name and skips bad ones with one warning each', async () => {
    writeFileSync(join(dir, 'b.md'), '# Titel\n\nTekst.');
    writeFileSync(join(dir, 'a.txt'), 'Text.');
    writeFileSync(join(dir, 'notes.json'), '{}');
    writeFileSync(join(dir, 'c.txt'), '');
    writeFileSync(join(dir, 'd.txt'), new Uint8Array([0, 1, 2, 3]));
    writeFileSync(join(dir, 'e.txt'), new Uint8Array([0x66, 0xe9, 0x65]));
    writeFileSync(join(dir, 'f.txt'), 'x');
    truncateSync(join(dir, 'f.txt'), MAX_ARTICLE_BYTES + 1);
    const { articles, warnings } = await readArticles(dir);
    expect(articles.map((a) => [a.id, a.file])).toEqual([
      ['a', 'a.txt'],
      ['b', 'b.md'],
    ]);
    expect(warnings.map((w) => `${w.file}: ${w.message}`)).toEqual([
      'c.txt: empty file, skipped',
      'd.txt: binary file (contains NUL bytes), not text, skipped',
      'e.txt: not valid UTF-8 text (save it as UTF-8 and run again), skipped',
      'f.txt: too large (5.0 MB, limit 5.0 MB), skipped',
    ]);
  });

  it('says a missing folder is not found', async () => {
    await expect(readArticles(join(dir, 'nope'))).rejects.toThrow(
      new InputFolderError(`${join(dir, 'nope')}: folder not found`),
    );
  });

  it('returns no articles and no warnings for a folder without articles', async () => {
    expect(await readArticles(dir)).toEqual({ articles: [], warnings: [] });
  });
});
