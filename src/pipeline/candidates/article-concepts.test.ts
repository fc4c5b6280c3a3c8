/** "The strikes" are read by the story they stand in: missile strikes, or a walkout. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, day } from './test-helpers.ts';

const kindsOf = (...texts: string[]) =>
  extractCandidates(
    article(
      'doc',
      'en',
      texts.map((text) => ({ text, times: [day('2024-07-08', 'on Monday')] })),
      '2024-07-08',
    ),
  ).map((c) => c.kind);

describe('strikes in an article', () => {
  it('in an article about missile strikes, "the strikes" on Monday are no labour strike', () => {
    expect(
      kindsOf(
        'Russia launched more than 40 missiles at Ukrainian cities on Monday.',
        'The strikes came on Monday, a day before NATO leaders met in Washington.',
      ),
    ).not.toContain('protest');
  });

  it('in an article about a walkout, the strikes on Monday are a strike', () => {
    expect(
      kindsOf(
        'Train drivers walked out across Germany on Monday.',
        'The strikes came on Monday, a day before the talks resumed in Berlin.',
      ),
    ).toContain('protest');
  });
});
