import { describe, expect, it } from 'vitest';
import { UnionFind } from './union-find.ts';

describe('sets of reports joined into events', () => {
  it.each<[string, [number, number][], number[]]>([
    ['reports never joined are each their own event', [], [0, 1, 2, 3]],
    [
      'a joined set is rooted at its first report, so an event lists its reports in reading order',
      [[3, 1]],
      [0, 1, 2, 1],
    ],
    [
      'joins chain: the first and the last report of a chain share a root',
      [
        [2, 3],
        [1, 2],
        [0, 3],
      ],
      [0, 0, 0, 0],
    ],
  ])('%s', (_, joins, roots) => {
    const uf = new UnionFind(4);
    for (const [a, b] of joins) uf.union(a, b);
    expect([0, 1, 2, 3].map((i) => uf.find(i))).toEqual(roots);
  });
});
