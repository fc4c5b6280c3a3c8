import { describe, expect, it } from 'vitest';
import { cutAfter } from './cut-after.ts';

describe('cutAfter', () => {
  it.each<[string, string, RegExp, ((before: string, after: string) => boolean) | undefined, string[]]>([
    [
      'a piece is cut after every match',
      'Het geweld liep uit de hand. Demonstranten staken auto’s in brand.',
      /hand\.(?=\s)/gu,
      undefined,
      ['Het geweld liep uit de hand.', ' Demonstranten staken auto’s in brand.'],
    ],
    [
      'only where the test holds, judged on the text since the last cut',
      'Die Polizei nahm 1311 Menschen fest. 1350 Autos wurden angezündet. Am 7. Januar …',
      /(?<=\p{L}\.)\s+(?=\d)/gu,
      (before, after) => before.endsWith('fest.') && after.startsWith('1350'),
      ['Die Polizei nahm 1311 Menschen fest. ', '1350 Autos wurden angezündet. Am 7. Januar …'],
    ],
    ['a piece without a match stays whole', 'No full stop here', /\.\s/gu, undefined, ['No full stop here']],
  ])('%s', (_name, piece, at, cuts, expected) => {
    expect(cutAfter(piece, at, cuts)).toEqual(expected);
  });
});
