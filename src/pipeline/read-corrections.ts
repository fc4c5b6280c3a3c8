/**
 * The editorial corrections file (data/corrections.json), when there is one: a file that is no
 * JSON is a warning, not a failure, and the chronology is written without corrections.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Warning } from './types.ts';
import { problem } from './problem.ts';

export async function readCorrections(
  dataDir: string,
  warnings: Warning[],
): Promise<{ json: unknown; path: string } | undefined> {
  const path = join(dataDir, 'corrections.json');
  if (!existsSync(path)) return undefined;
  try {
    return { json: JSON.parse(await readFile(path, 'utf8')) as unknown, path };
  } catch (error) {
    warnings.push({ file: path, message: `not valid JSON (${problem(error)}); corrections ignored` });
    return undefined;
  }
}

export function hasNoCorrections(json: unknown): boolean {
  const list =
    typeof json === 'object' && json !== null ? (json as { corrections?: unknown }).corrections : undefined;
  return Array.isArray(list) && list.length === 0;
}
