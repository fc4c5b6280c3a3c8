/** A happening named as the time of another ("when it was reported missing") is not reported again. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const MAUGER: MentionSpec = ['John Mauger', 'unknown', 'name:john-mauger'];

describe('a clause of time with a pronoun', () => {
  it.each<[string, string, string, string]>([
    [
      'an English “when it was reported missing” after a statement',
      'en',
      'Rear Admiral John Mauger told reporters on Monday that the submersible had 96 hours of oxygen when it was reported missing.',
      'missing',
    ],
    [
      'a Dutch “toen het werd vermist” after a statement',
      'nl',
      'Admiraal John Mauger zei maandag dat de duikboot 96 uur zuurstof had toen het werd vermist.',
      'missing',
    ],
    [
      'a German “, als er festgenommen wurde” after a statement',
      'de',
      'John Mauger sagte am Montag, der Mann habe ein Messer getragen, als er festgenommen wurde.',
      'arrest',
    ],
  ])('%s reports the statement only', (_what, lang, text, named) => {
    const kinds = kindsAndTitles(lang, text, '2023-06-20', [MAUGER]).map((k) => k.kind);
    expect(kinds).toContain('statement');
    expect(kinds).not.toContain(named);
  });

  it('a disappearance its sentence reports alone is still news', () => {
    const kinds = kindsAndTitles('en', 'On Monday the ferry was reported missing.', '2023-06-20').map(
      (k) => k.kind,
    );
    expect(kinds).toContain('missing');
  });
});
