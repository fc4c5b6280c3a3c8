import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('what a verdict is for is no happening the sentence reports', () => {
  it.each<[string, string, string]>([
    [
      'the English “sentenced … for murdering three people in two shootings”',
      'en',
      'The Rotterdam District Court sentenced Fouad L. to life in prison on Thursday for murdering three people in two shootings in Rotterdam in September last year.',
    ],
    [
      'the Dutch “veroordeeld wegens de schietpartij”',
      'nl',
      'De rechtbank heeft de man donderdag tot levenslang veroordeeld wegens de schietpartij in Rotterdam.',
    ],
  ])('%s is a verdict alone', (_what, lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-12-19').map((c) => c.kind)).toEqual(['verdict']);
  });

  it('a happening after the clause of the verdict’s ground stays: “The court sentenced him for the shooting, and protests broke out outside”', () => {
    const kinds = kindsAndTitles(
      'en',
      'The court sentenced him on Thursday for the shooting, and protesters clashed with police outside.',
      '2024-12-19',
    );
    expect(kinds.map((c) => c.kind)).toContain('verdict');
    expect(kinds.map((c) => c.kind).length).toBeGreaterThan(1);
  });
});
