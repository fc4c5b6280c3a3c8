import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
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

/**
 * Writes the event file atomically: to a temporary file in the same folder, then renamed over the
 * target. A failure at any point leaves the previous file as it was.
 */
export async function writeEventFile(path: string, file: EventFile): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, serializeEventFile(file), 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
