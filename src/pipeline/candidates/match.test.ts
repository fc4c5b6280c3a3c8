import { describe, expect, it } from 'vitest';
import { findMatches, PatternIndex } from './match.ts';
import { tokenize, type Token } from './tokenize.ts';

function matches(pattern: string, text: string): string[] {
  const index = new PatternIndex<string>();
  index.add(pattern, pattern);
  const tokens = tokenize(text);
  return findMatches(tokens, (i) => index.startingAt((tokens[i] as Token).word)).map((m) =>
    text.slice(m.match.start, m.match.end),
  );
}

describe('a gap of the pattern language', () => {
  it.each([
    ['cut* ...3 jobs', 'Siemens will cut up to 5,000 jobs.', ['cut up to 5,000 jobs']],
    ['cut* ...3 jobs', 'The bank cut interest rates to protect its jobs.', []],
    [
      'cut* ... jobs',
      'The bank cut interest rates to protect its jobs.',
      ['cut interest rates to protect its jobs'],
    ],
  ])('“%s” in “%s” matches %j', (pattern, text, found) => {
    expect(matches(pattern, text)).toEqual(found);
  });
});
