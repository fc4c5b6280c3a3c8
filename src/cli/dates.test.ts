import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src', 'cli', 'dates.ts');
const DUTCH_SEED = join(ROOT, 'data', 'articles', '004_b560f3f6177cdd15.txt');
const dir = mkdtempSync(join(tmpdir(), 'dates-cli-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dates(...args: string[]) {
  const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Printed {
  text: string;
  start: number;
  end: number;
  value: string;
  type: string;
  interval: { start: string; end: string } | null;
  precision: string;
}

describe('npm run dates', () => {
  it('prints every expression of the Dutch seed with offsets into the file text', () => {
    const { code, stdout } = dates('--date', '2022-01-08', '--lang', 'nl', DUTCH_SEED);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as Printed[];
    const text = readFileSync(DUTCH_SEED, 'utf8');
    for (const t of printed) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(printed.find((t) => t.text === 'afgelopen zondag')).toMatchObject({
      value: '2022-01-02',
      type: 'DATE',
      interval: { start: '2022-01-02', end: '2022-01-02' },
      precision: 'day',
    });
    expect(printed.find((t) => t.text === 'Eerder deze week')).toMatchObject({
      value: '2022-W01',
      precision: 'week',
    });
  });

  it.each([
    [
      ['--date', '2022-13-01', '--lang', 'en', 'x.txt'],
      'dates: bad date "2022-13-01": expected a real day as YYYY-MM-DD',
    ],
    [['--date', '2022-01-08', '--lang', 'fr', 'x.txt'], 'dates: bad language "fr": expected en, nl or de'],
    [
      ['--date', '2022-01-08', '--lang', 'en', join(dir, 'missing.txt')],
      `dates: ${join(dir, 'missing.txt')}: no such file`,
    ],
  ])('answers %j with one clear line and no stack trace', (args, line) => {
    const { code, stdout, stderr } = dates(...args);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(line);
  });

  it('counts offsets in the text as read, byte-order mark and CRLF included', () => {
    const file = join(dir, 'bom.txt');
    writeFileSync(file, '\uFEFFThe curfew began on Friday.\r\nIt ends tomorrow.');
    const printed = JSON.parse(dates('--date', '2022-01-08', '--lang', 'en', file).stdout) as Printed[];
    const text = readFileSync(file, 'utf8');
    expect(printed.map((t) => [text.slice(t.start, t.end), t.value])).toEqual([
      ['Friday', '2022-01-07'],
      ['tomorrow', '2022-01-09'],
    ]);
  });

  it('refuses a file that is not UTF-8', () => {
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.from([0x66, 0xe9, 0x65, 0xff]));
    const { code, stderr } = dates('--date', '2022-01-08', '--lang', 'en', file);
    expect(code).not.toBe(0);
    expect(stderr.trim()).toBe(`dates: ${file}: not UTF-8 text`);
  });
});
