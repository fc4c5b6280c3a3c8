/**
 * `npm run -s dates -- --date YYYY-MM-DD --lang en|nl|de FILE`: every time expression of FILE as a
 * JSON array on stdout, resolved against the publication date, with offsets into the file's text
 * exactly as `readFileSync(FILE, 'utf8')` gives it (a byte-order mark stays, as one character).
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDay } from '../pipeline/time/calendar.ts';
import { extractTimexes } from '../pipeline/time/extract.ts';
import { isLang } from '../pipeline/time/lexicon.ts';

const USAGE = 'Usage: npm run -s dates -- --date YYYY-MM-DD --lang en|nl|de FILE';

class UsageError extends Error {}

function readText(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UsageError(`${file}: is a folder, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file}: no such file`);
  }
  if (size > 50 * 1024 * 1024)
    throw new UsageError(`${file}: too large (${Math.round(size / 1048576)} MB; at most 50 MB)`);
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file}: not UTF-8 text`);
  }
}

function main(): number {
  let values: { date?: string; lang?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      options: { date: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    }));
  } catch (error) {
    process.stderr.write(`dates: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    if (!values.date) throw new UsageError('missing --date YYYY-MM-DD (the publication date)');
    if (!parseDay(values.date))
      throw new UsageError(`bad date "${values.date}": expected a real day as YYYY-MM-DD`);
    if (!values.lang) throw new UsageError('missing --lang en|nl|de');
    if (!isLang(values.lang)) throw new UsageError(`bad language "${values.lang}": expected en, nl or de`);
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('missing FILE');
    if (extra.length) throw new UsageError(`one FILE expected, got ${positionals.length}`);
    const text = readText(file);
    const timexes = extractTimexes(text, { lang: values.lang, dct: values.date }).map((t) => ({
      text: t.text,
      start: t.start,
      end: t.end,
      value: t.value,
      type: t.type,
      interval: t.interval,
      precision: t.precision,
    }));
    process.stdout.write(`${JSON.stringify(timexes, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`dates: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`dates: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = main();
