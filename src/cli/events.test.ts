import { execSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
/**
 * `npm run events` bundles the CLI, then runs the bundle with its Node options: the cases build the
 * same bundle once and run it as users do, in a temporary folder.
 */
const [BUNDLE, RUN] = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { events: string } }
).scripts.events.split(' && ') as [string, string];
const NODE_OPTIONS = RUN.split(' ').slice(1, -1);
const CLI = join(ROOT, RUN.split(' ').at(-1) ?? '');
const SEEDS = join(ROOT, 'data', 'articles');
const DATA = join(ROOT, 'data');

let dir: string;

const QUIET = ' date 2022-01-08 Kazakhstan is a country in Central Asia. Its capital is large and modern.';

function events(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...NODE_OPTIONS, CLI, '--data', DATA, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder with the five seed articles plus the given bad files. */
function folder(name: string, bad: Record<string, string | Uint8Array> = {}, seeds = true): string {
  const path = join(dir, name);
  mkdirSync(path);
  if (seeds) cpSync(SEEDS, path, { recursive: true });
  for (const [file, content] of Object.entries(bad)) writeFileSync(join(path, file), content);
  return path;
}

beforeAll(() => {
  execSync(BUNDLE, {
    cwd: ROOT,
    env: {
      ...process.env,
      PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'events-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each case starts a Node process; on a busy machine that takes seconds, not milliseconds.
describe('npm run events', { timeout: 120_000 }, () => {
  it('writes the same event file twice from the same articles and prints a summary', () => {
    const input = folder('seeds');
    const first = events('--in', input, '--out', join(dir, 'a.json'));
    const second = events('--in', input, '--out', join(dir, 'b.json'));
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/5 article files in .*, 0 skipped; \d+ events from 5 documents written to/);
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(readFileSync(join(dir, 'a.json'), 'utf8'));
    expect(second.code).toBe(0);
  });

  it('skips each bad article with one line naming it and the problem, and still writes the others', () => {
    const input = folder('bad', {
      'empty.txt': '',
      'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      'latin1.txt': new Uint8Array([0x44, 0xfc, 0x73, 0x73, 0x65, 0x6c, 0x64, 0x6f, 0x72, 0x66]),
    });
    // A sparse 50 MB file: as big as a user's mistake can get, without writing 50 MB to disk.
    writeFileSync(join(input, 'big.txt'), 'x');
    truncateSync(join(input, 'big.txt'), 50 * 1024 * 1024);
    const out = join(dir, 'bad.json');
    const r = events('--in', input, '--out', out);
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'warning: big.txt: too large (50.0 MB, limit 5.0 MB), skipped',
        'warning: empty.txt: empty file, skipped',
        'warning: image.txt: binary file (contains NUL bytes), not text, skipped',
        'warning: latin1.txt: not valid UTF-8 text (save it as UTF-8 and run again), skipped',
      ]),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toMatch(/9 article files in .*, 4 skipped; \d+ events from 5 documents/);
    expect(existsSync(out)).toBe(true);
  });

  it.each([
    [
      'a missing --in folder',
      () => join(dir, 'nowhere'),
      /^events: .*nowhere: folder not found; .* left unchanged$/,
    ],
    [
      'a folder with no articles',
      () => folder('none', { 'notes.json': '{}' }, false),
      /^events: .*none: no \.txt or \.md articles in the folder; .* left unchanged$/,
    ],
    [
      'a folder of only bad articles',
      () => folder('allbad', { 'empty.txt': '' }, false),
      /events: .*allbad: none of its articles could be read; .* left unchanged$/,
    ],
    [
      'a folder whose only article reports no datable event',
      () => folder('onlyquiet', { 'quiet.txt': QUIET }, false),
      /^events: no datable event found in 1 article; .* left unchanged$/,
    ],
  ])(
    'fails on %s with one line, exit code 1, and leaves the previous output untouched',
    (_name, input, message) => {
      const out = join(dir, `previous-${Math.random().toString(36).slice(2)}.json`);
      writeFileSync(out, '{"previous":true}');
      const r = events('--in', input(), '--out', out);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n').at(-1)).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(out, 'utf8')).toBe('{"previous":true}');
    },
  );

  it('warns about an article with no datable event and keeps it as a document', () => {
    const input = folder('quiet', {
      'quiet.txt':
        ' date 2022-01-08 Kazakhstan is a country in Central Asia. Its capital is large and modern.',
    });
    const out = join(dir, 'quiet.json');
    const r = events('--in', input, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'warning: quiet.txt: no datable event found; the document is kept for reference',
    );
    const file = JSON.parse(readFileSync(out, 'utf8')) as { documents: { id: string }[] };
    expect(file.documents.map((d) => d.id)).toContain('quiet');
  });

  it('names the language of a report it cannot read, instead of saying it reports nothing', () => {
    const input = folder('french', {
      'quiet.txt':
        ' date 2022-01-08 Kazakhstan is a country in Central Asia. Its capital is large and modern.',
      'fr_lemonde.txt':
        ' date 2022-01-06 Des dizaines de manifestants ont été tués dans la nuit de mercredi à jeudi à Almaty, a annoncé la police. Plus de 2 000 personnes ont été arrêtées.',
    });
    const r = events('--in', input, '--out', join(dir, 'french.json'));
    expect(r.stderr).toContain(
      'warning: fr_lemonde.txt: written in French, which the pipeline does not read (it reads English, Dutch and German); the document is kept for reference',
    );
  });

  it('refuses an unknown option with the usage', () => {
    const r = events('--inn', 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: npm run events');
  });
});
