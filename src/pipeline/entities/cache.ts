/**
 * A file cache for data derived from installed packages only, never from user data: the value
 * is stored with the key it was computed under and a checksum, and read back only when both
 * match. A cache that is missing, stale, corrupt or cannot be written is no error: the value is
 * computed as without a cache.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';
import zlib from 'node:zlib';

/** How a value is stored: as a few byte sections, so that large texts need no JSON escaping. */
export interface Codec<T> {
  encode(value: T): Uint8Array[];
  /** Throws on sections it cannot make sense of. */
  decode(sections: Buffer[]): T;
}

/** Changes when the layout below changes. */
const MAGIC = 'crisis-chronology cache 2\n';
const WORD = 4;

/**
 * CRC-32 rather than a cryptographic hash: it only has to catch a damaged file, and it reads the
 * 4 MB of package data in a third of the time. Node before 20.15 has none: its runs go uncached.
 */
function checksum(sections: readonly Uint8Array[]): number {
  return sections.reduce((crc, s) => zlib.crc32(s, crc), 0);
}

/**
 * MAGIC, the key and a newline, then little-endian 32-bit words: the number of sections, their
 * checksum and each one's length. The sections follow.
 */
function head(key: string, words: number[]): Buffer {
  const text = Buffer.from(`${MAGIC}${key}\n`);
  const numbers = Buffer.alloc(WORD * words.length);
  words.forEach((w, i) => numbers.writeUInt32LE(w, WORD * i));
  return Buffer.concat([text, numbers]);
}

function pack(key: string, sections: readonly Uint8Array[]): Buffer {
  const sizes = sections.map((s) => s.byteLength);
  return Buffer.concat([head(key, [sections.length, checksum(sections), ...sizes]), ...sections]);
}

/** The sections stored under `key`, or undefined when the file holds anything else. */
function unpack(file: Buffer, key: string): Buffer[] | undefined {
  const text = head(key, []);
  if (file.length < text.length + 2 * WORD || !file.subarray(0, text.length).equals(text)) return undefined;
  const count = file.readUInt32LE(text.length);
  const sum = file.readUInt32LE(text.length + WORD);
  let at = text.length + WORD * (2 + count);
  if (file.length < at) return undefined;
  const sizes = Array.from({ length: count }, (_, i) => file.readUInt32LE(text.length + WORD * (2 + i)));
  if (file.length !== at + sizes.reduce((a, b) => a + b, 0)) return undefined;
  const sections = sizes.map((size) => {
    const section = file.subarray(at, at + size);
    at += size;
    return section;
  });
  return checksum(sections) === sum ? sections : undefined;
}

function quietly(action: () => void): boolean {
  try {
    action();
    return true;
  } catch {
    return false;
  }
}

function read<T>(file: string, key: string, codec: Codec<T>): T | undefined {
  try {
    const sections = unpack(readFileSync(file), key);
    return sections && codec.decode(sections);
  } catch {
    return undefined;
  }
}

/** Written aside and renamed, so that a run reading the cache meanwhile never sees half a file. */
function write(file: string, data: () => Buffer): void {
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  const written = quietly(() => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, data());
    renameSync(temporary, file);
  });
  if (!written) quietly(() => rmSync(temporary, { force: true }));
}

/**
 * The value stored in `file` under `key`, or else `compute()`, stored for the next run. Without
 * a key (the sources it derives from cannot be read) nothing is read or written.
 */
export function cached<T>(file: string, key: string | undefined, codec: Codec<T>, compute: () => T): T {
  if (key === undefined) return compute();
  const hit = read(file, key, codec);
  if (hit !== undefined) return hit;
  const value = compute();
  write(file, () => pack(key, codec.encode(value)));
  return value;
}
