import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../test-temp-dirs.ts';
import { projectRoot } from './project-root.ts';

describe('projectRoot', () => {
  const root = tempDirs('project-root-')();
  writeFileSync(join(root, 'package.json'), '{}');
  it.each([
    ['a module under src/', 'src/pipeline/entities/package-data.ts'],
    [
      'the bundle `npm run events` builds into node_modules/.cache',
      'node_modules/.cache/crisis-chronology/bin/events.mjs',
    ],
  ])('finds the checkout from %s', (_, path) => {
    const file = join(root, path);
    mkdirSync(join(file, '..'), { recursive: true });
    expect(projectRoot(pathToFileURL(file).href)).toBe(root);
  });
});
