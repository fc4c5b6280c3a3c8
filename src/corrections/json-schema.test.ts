import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { correctionsJsonSchema } from './json-schema.ts';

describe('data/corrections.schema.json', () => {
  it('is what src/corrections/schema.ts generates (run npm run corrections:schema after changing it)', async () => {
    const committed: unknown = JSON.parse(await readFile('data/corrections.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(correctionsJsonSchema())));
  });

  it('lists every kind of correction an editor can make', () => {
    const text = JSON.stringify(correctionsJsonSchema());
    for (const kind of ['rename', 'date', 'move', 'merge', 'split', 'hide', 'add']) {
      expect(text).toContain(`"const":"${kind}"`);
    }
  });
});
