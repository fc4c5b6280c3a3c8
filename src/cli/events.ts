import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { EventFileError } from '../schema/validate.ts';
import { DataFileError, InputFolderError, NothingUsableError, runPipeline } from '../pipeline/run.ts';
import type { Warning } from '../pipeline/types.ts';
import { writeEventFile } from '../pipeline/write.ts';

const USAGE = `Usage: npm run events -- [--in DIR] [--out FILE] [--data DIR]

Reads every .txt and .md article in DIR (default data/articles), writes the dated event file
FILE (default public/events.json), using the gazetteer, actors and corrections in --data (default data).`;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function complain(line: string): void {
  process.stderr.write(`${line}\n`);
}

function printWarnings(warnings: readonly Warning[]): void {
  for (const w of warnings) complain(`warning: ${w.file}: ${w.message}`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

async function main(): Promise<number> {
  let values: { in?: string; out?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        in: { type: 'string' },
        out: { type: 'string' },
        data: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    complain(`events: ${(error as Error).message}`);
    complain(USAGE);
    return 2;
  }
  if (values.help) {
    say(USAGE);
    return 0;
  }
  const inDir = values.in ?? 'data/articles';
  const out = values.out ?? 'public/events.json';
  const dataDir = values.data ?? 'data';
  try {
    const { file, warnings, summary } = await runPipeline({ inDir, dataDir });
    printWarnings(warnings);
    if (file.events.length === 0) {
      complain(
        `events: no datable event found in ${plural(summary.documents, 'article')}; ${out} left unchanged`,
      );
      return 1;
    }
    await writeEventFile(out, file);
    say(
      `events: ${plural(summary.files, 'article file')} in ${inDir}, ${summary.skipped} skipped; ` +
        `${plural(summary.events, 'event')} from ${plural(summary.documents, 'document')} written to ${relative(process.cwd(), out) || out}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof NothingUsableError) {
      printWarnings(error.warnings);
      complain(`events: ${error.message}; ${out} left unchanged`);
      return 1;
    }
    if (
      error instanceof InputFolderError ||
      error instanceof DataFileError ||
      error instanceof EventFileError
    ) {
      complain(`events: ${error.message}; ${out} left unchanged`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code) {
      complain(`events: ${(error as Error).message}; ${out} left unchanged`);
      return 1;
    }
    // A bug, not a user's mistake: the stack helps whoever fixes it.
    complain(`events: internal error; ${out} left unchanged`);
    complain(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 70;
  }
}

process.exitCode = await main();
