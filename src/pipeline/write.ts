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

/** Array items stringified at a time: enough to amortise the calls, small enough to stay a chunk. */
const BATCH = 256;

/**
 * The same text as serializeEventFile, in pieces. Each top-level array is stringified a batch of
 * items at a time, wrapped in an object under its own key so that JSON.stringify indents the items
 * to their depth in the file; the wrapper's first and last lines are cut off.
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
      const prefix = `{\n${head}[\n`;
      const suffix = '\n  ]\n}';
      for (let i = 0; i < value.length; i += BATCH) {
        const text = JSON.stringify({ [key]: value.slice(i, i + BATCH) }, null, 2);
        const last = i + BATCH >= value.length;
        yield `${text.slice(prefix.length, text.length - suffix.length)}${last ? '' : ','}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      const text = JSON.stringify({ [key]: value }, null, 2);
      yield `${head}${text.slice(`{\n${head}`.length, text.length - '\n}'.length)}${comma}\n`;
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
