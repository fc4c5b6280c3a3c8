import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout a module runs from: the nearest folder above it with a package.json. A module runs
 * from its own place under src/ or bundled into node_modules/.cache/ (`npm run events`), so paths
 * to the sources and the cache are taken from the root, never from the module's own folder.
 */
export function projectRoot(moduleUrl: string): string {
  const start = dirname(fileURLToPath(moduleUrl));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}
