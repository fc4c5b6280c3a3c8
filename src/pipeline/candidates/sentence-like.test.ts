import { describe, expect, it } from 'vitest';
import { isSentenceLike } from './sentence-like.ts';

describe('isSentenceLike', () => {
  it.each<[string, string, boolean]>([
    [
      'a reported sentence is one',
      'Kazakh authorities arrested the former head of the security service.',
      true,
    ],
    [
      'a quotation closing the sentence is one',
      'He said those who do not surrender “will be destroyed.”',
      true,
    ],
    ['a heading without a full stop is none', 'Germany halts arms exports to Kazakhstan', false],
    ['a byline of three words is none', 'Reporting by Reuters.', false],
    ['an empty line is none', '   ', false],
  ])('%s', (_name, text, expected) => {
    expect(isSentenceLike(text)).toBe(expected);
  });
});
