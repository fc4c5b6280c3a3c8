import { describe, expect, it } from 'vitest';
import { soleRelated } from './story-names.ts';

const sister = (w: string, d: string) => w !== d && w[0] === d[0];

describe('the one full name told beside a short form', () => {
  it.each<[string, Record<string, string[]>, string[], string | undefined]>([
    [
      'one name written in a sister report is the one',
      { 'name:goran-vesic': ['a2'] },
      ['a1'],
      'name:goran-vesic',
    ],
    [
      'a name written only in the same report is none here',
      { 'name:goran-vesic': ['a1'] },
      ['a1'],
      undefined,
    ],
    ['a name of another story is none', { 'name:goran-vesic': ['b1'] }, ['a1'], undefined],
    [
      'two names written in sister reports leave the short form as it is',
      { 'name:raul-castro': ['a2'], 'name:fidel-castro': ['a3'] },
      ['a1'],
      undefined,
    ],
  ])('%s', (_, names, documents, expected) => {
    const map = new Map(Object.entries(names).map(([id, docs]) => [id, new Set(docs)]));
    expect(soleRelated(map, new Set(documents), sister)).toBe(expected);
  });
});
