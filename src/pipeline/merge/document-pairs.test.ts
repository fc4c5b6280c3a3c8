import { describe, expect, it } from 'vitest';
import { perDocumentPair } from './document-pairs.ts';

describe('perDocumentPair: a question about two documents, asked once per pair', () => {
  const linked = new Set(['kazakhstan-dw|kazakhstan-nos', 'kazakhstan-nos|kazakhstan-dw']);
  it.each<[string, [string, string][], boolean[], number]>([
    [
      'reports of one article compared with reports of another ask about the two articles once',
      [
        ['kazakhstan-dw', 'kazakhstan-nos'],
        ['kazakhstan-dw', 'kazakhstan-nos'],
        ['kazakhstan-dw', 'kazakhstan-nos'],
      ],
      [true, true, true],
      1,
    ],
    [
      'each other article is asked about once, and the answers are those of the question',
      [
        ['kazakhstan-dw', 'kazakhstan-nos'],
        ['kazakhstan-dw', 'beirut-bbc'],
        ['kazakhstan-dw', 'beirut-bbc'],
      ],
      [true, false, false],
      2,
    ],
    [
      'a new first article asks again, also about a pair asked the other way round before',
      [
        ['kazakhstan-dw', 'kazakhstan-nos'],
        ['kazakhstan-nos', 'kazakhstan-dw'],
        ['kazakhstan-nos', 'beirut-bbc'],
      ],
      [true, true, false],
      3,
    ],
  ])('%s', (_name, pairs, expected, asked) => {
    let asks = 0;
    const same = perDocumentPair((a, b) => {
      asks++;
      return linked.has(`${a}|${b}`);
    });
    expect(pairs.map(([a, b]) => same(a, b))).toEqual(expected);
    expect(asks).toBe(asked);
  });
});
