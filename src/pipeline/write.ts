import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { EventFile } from '../schema/events.ts';

/**
 * The event file as text: each top-level field on its own line, and each document, event, place and
 * actor as one line of JSON, so that a diff of two runs shows the events that changed. Keys come
 * in the order the objects were built (the pipeline builds them in a fixed order) and the text ends
 * in a newline, so the same input gives the same bytes. Written one item at a time: a large
 * corpus's event file is hundreds of megabytes as one string, and JSON without indentation is
 * several times faster to write.
 */
export function* eventFileChunks(file: EventFile): Generator<string> {
  const entries = Object.entries(file).filter(([, v]) => v !== undefined && typeof v !== 'function');
  yield '{';
  for (const [k, [key, value]] of entries.entries()) {
    const comma = k < entries.length - 1 ? ',' : '';
    const head = `\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield `${head}[`;
      for (let i = 0; i < value.length; i++) {
        yield `\n    ${JSON.stringify(value[i])}${i < value.length - 1 ? ',' : ''}`;
      }
      yield `\n  ]${comma}`;
    } else {
      yield `${head}${JSON.stringify(value)}${comma}`;
    }
  }
  yield entries.length > 0 ? '\n}\n' : '}\n';
}

/** The whole event file as one string (see eventFileChunks). */
export function serializeEventFile(file: EventFile): string {
  let text = '';
  for (const chunk of eventFileChunks(file)) text += chunk;
  return text;
}

/** Pieces the file is written in. */
const CHUNK = 1 << 20;

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
