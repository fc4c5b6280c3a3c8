import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { EventFile } from '../schema/events.ts';

/**
 * The event file as text: two-space indented JSON with keys in the order the objects were built
 * (the pipeline builds them in a fixed order) and a final newline, so the same input gives the
 * same bytes.
 */
export function serializeEventFile(file: EventFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Pieces the file is written in: a large corpus's event file is hundreds of megabytes as one string. */
const CHUNK = 1 << 20;

/** `text` with every line after its first indented by `indent` (JSON strings hold no raw newline). */
function indented(text: string, indent: string): string {
  return text.replaceAll('\n', `\n${indent}`);
}

/**
 * The same text as serializeEventFile, in pieces: each top-level array item is stringified on
 * its own and indented to its depth.
 */
export function* eventFileChunks(file: EventFile): Generator<string> {
  const entries = Object.entries(file).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [k, [key, value]] of entries.entries()) {
    const comma = k < entries.length - 1 ? ',' : '';
    const head = `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield `${head}[\n`;
      for (const [i, item] of value.entries()) {
        const text = (JSON.stringify(item, null, 2) as string | undefined) ?? 'null';
        yield `    ${indented(text, '    ')}${i < value.length - 1 ? ',' : ''}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      yield `${head}${indented(JSON.stringify(value, null, 2), '  ')}${comma}\n`;
    }
  }
  yield '}\n';
}

/**
 * Writes the event file atomically: to a temporary file in the same folder, then renamed over the
 * target. A failure at any point leaves the previous file as it was.
 */
export async function writeEventFile(path: string, file: EventFile): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      let pending = '';
      for (const chunk of eventFileChunks(file)) {
        pending += chunk;
        if (pending.length >= CHUNK) {
          await handle.write(pending, null, 'utf8');
          pending = '';
        }
      }
      await handle.write(pending, null, 'utf8');
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
