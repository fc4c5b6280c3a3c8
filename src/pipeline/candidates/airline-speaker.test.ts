/** An airline named by its common noun speaks for itself; a place opening its name does not. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('organisations named by a common noun as speakers', () => {
  it.each<[string, MentionSpec[], string]>([
    [
      'Monday Alaska Airlines said it had inspected all of its Max 9 aircraft.',
      [['Alaska', 'place', 'alaska']],
      'Alaska Airlines makes a statement',
    ],
  ])('“%s”: %s', (text, mentions, title) => {
    expect(kindsAndTitles('en', text, '2024-12-05', mentions)).toContainEqual({ kind: 'statement', title });
  });
});
