import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseEventFile } from '../../schema/validate.ts';
import { noscriptTable } from './noscript-table.ts';

/**
 * Puts the chronology into index.html as a <noscript> table at build time, so the events can be
 * read without JavaScript. Skipped, with a warning, when the event file is missing or invalid.
 */
export function noscriptList(file = 'public/events.json'): Plugin {
  let root = process.cwd();
  return {
    name: 'crisis-chronology-noscript-list',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml() {
      const path = resolve(root, file);
      if (!existsSync(path)) return [];
      try {
        const data = parseEventFile(JSON.parse(readFileSync(path, 'utf8')), file);
        return [{ tag: 'noscript', children: noscriptTable(data), injectTo: 'body' }];
      } catch (e) {
        console.warn(`noscript list skipped: ${e instanceof Error ? e.message : String(e)}`);
        return [];
      }
    },
  };
}
