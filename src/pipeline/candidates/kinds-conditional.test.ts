/** What would happen if something else did is no report: "If he is dismissed, …" dismisses no one. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const YOON: MentionSpec = ['Yoon', 'unknown', 'name:yoon-suk-yeol'];

describe('a happening in a condition', () => {
  it.each([
    [
      'en',
      'If he is dismissed, a national election to choose his successor must be held within 60 days.',
      [],
    ],
    ['en', 'If Yoon is dismissed by the court, an election must be held within 60 days.', [YOON]],
    ['nl', 'Indien Yoon wordt afgezet, moeten er binnen 60 dagen verkiezingen komen.', [YOON]],
  ])('[%s] “%s” reports no dismissal', (lang, text, mentions) => {
    expect(kindsAndTitles(lang, text, '2024-12-14', mentions).map((k) => k.kind)).not.toContain('dismissal');
  });

  it('a statement of a condition is still a statement', () => {
    expect(
      kindsAndTitles(
        'en',
        "The Democratic Party said it would seek Yoon's impeachment if he did not resign immediately.",
        '2024-12-04',
        [YOON],
      ).map((k) => k.kind),
    ).toEqual(['statement']);
  });
});
