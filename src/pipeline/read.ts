import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { RawArticle, Warning } from './types.ts';
import { compareText } from './compare-text.ts';

/** Articles bigger than this are skipped: no news article is this long, and reading one would stall the run. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

/** A user's mistake about the input folder as a whole: reported as one line, never a stack trace. */
export class InputFolderError extends Error {
  override readonly name = 'InputFolderError';
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Control characters other than tab, line feed, form feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0B\x0E-\x1F]/g;

/**
 * Decodes one file's bytes as an article, or says in a few words why it is not one.
 * Exported so the checks can be tested without files.
 */
export function decodeArticle(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.length === 0) return { problem: 'empty file' };
  // A NUL byte never occurs in text; it is the surest sign of a binary file (image, PDF, archive…).
  if (bytes.includes(0)) return { problem: 'binary file (contains NUL bytes), not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { problem: 'not valid UTF-8 text (save it as UTF-8 and run again)' };
  }
  // Other control characters than tab, line and page breaks mean a binary format that happened to decode.
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01)
    return { problem: 'binary file (control characters), not text' };
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { problem: 'empty file (only white space)' };
  return { text };
}

/** Reads every .txt and .md file of `dir`, sorted by name; bad files are skipped with one warning each. */
export async function readArticles(dir: string): Promise<{ articles: RawArticle[]; warnings: Warning[] }> {
  let names: string[];
  try {
    const info = statSync(dir);
    if (!info.isDirectory()) throw new InputFolderError(`${dir}: not a folder`);
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof InputFolderError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputFolderError(`${dir}: folder not found`);
    if (code === 'EACCES') throw new InputFolderError(`${dir}: permission denied`);
    throw new InputFolderError(`${dir}: cannot read the folder (${code ?? String(error)})`);
  }
  const articles: RawArticle[] = [];
  const warnings: Warning[] = [];
  const files = names
    .filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith('.'))
    .sort(compareText);
  for (const file of files) {
    const path = join(dir, file);
    try {
      // Synchronous reads: one after the other is what the run does anyway, without the promise overhead per file.
      const info = statSync(path);
      if (!info.isFile()) continue;
      if (info.size > MAX_ARTICLE_BYTES) {
        warnings.push({
          file,
          message: `too large (${megabytes(info.size)}, limit ${megabytes(MAX_ARTICLE_BYTES)}), skipped`,
        });
        continue;
      }
      const decoded = decodeArticle(readFileSync(path));
      if ('problem' in decoded) {
        warnings.push({ file, message: `${decoded.problem}, skipped` });
        continue;
      }
      articles.push({ id: file.slice(0, file.length - extname(file).length), file, text: decoded.text });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      warnings.push({ file, message: `cannot be read (${code}), skipped` });
    }
  }
  return { articles, warnings };
}
