import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleFile } from '../export/sample-file.ts';
import { tempDirs } from '../test-temp-dirs.ts';

const run = promisify(execFile);
const tempDir = tempDirs('export-cli-');
let dir = '';
let input = '';

beforeAll(async () => {
  dir = tempDir();
  input = join(dir, 'events.json');
  await writeFile(input, JSON.stringify(sampleFile()));
});

const exportCli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', '--in', input, ...args], {
    env: { ...process.env, TZ: 'UTC' },
  });

describe('npm run export', () => {
  it('prints CSV to stdout, one row per event', async () => {
    const { stdout } = await exportCli('--format', 'csv');
    expect(stdout.split('\r\n').filter(Boolean)).toHaveLength(4);
  });

  it('applies the filters as the app does', async () => {
    const { stdout } = await exportCli('--format', 'csv', '--place', 'almaty', '--language', 'nl');
    const ids = stdout
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',')[0]);
    expect(ids).toEqual(['e-riots']);
  });

  it('writes the file named by --out and says how many events it holds', async () => {
    const out = join(dir, 'chronology.ics');
    const { stdout, stderr } = await exportCli('--format', 'ics', '--search', 'germany', '--out', out);
    expect(stdout).toBe('');
    expect(stderr).toContain(`1 of 3 events → ${out}`);
    expect(await readFile(out, 'utf8')).toContain('UID:e-exports\r\n');
  });

  it('refuses an unknown format with exit code 2 and the usage', async () => {
    await expect(exportCli('--format', 'pdf')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format must be one of csv, geojson, timelinejs, ics'),
    });
  });

  it('names file, field and reason when the event file is invalid', async () => {
    const broken = join(dir, 'broken.json');
    await writeFile(broken, JSON.stringify({ ...sampleFile(), schemaVersion: 2 }));
    await expect(
      run(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', '--in', broken, '--format', 'csv']),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`${broken}: schemaVersion: must be 1`),
    });
  });
});
