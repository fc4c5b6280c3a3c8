import { describe, expect, it } from 'vitest';
import type { Warning } from './types.ts';
import { each } from './attempt.ts';

describe('one article that breaks a stage', () => {
  it('is left out with a warning naming its file and the stage, and the others go on', () => {
    const warnings: Warning[] = [];
    const out = each(
      [{ file: 'a.txt' }, { file: 'broken.txt' }, { file: 'c.txt' }],
      (item) => {
        if (item.file === 'broken.txt') throw new Error('no sentences');
        return item.file.toUpperCase();
      },
      warnings,
      'cleaning',
    );
    expect(out).toEqual(['A.TXT', 'C.TXT']);
    expect(warnings).toEqual([{ file: 'broken.txt', message: 'cleaning failed (no sentences), skipped' }]);
  });
});
