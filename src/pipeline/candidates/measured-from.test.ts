/**
 * "The shooting came three days after a gunman killed 50 people … in Christchurch": the subject is
 * the story's happening measured from another; only the other is told, and it is no happening of
 * the report's day in Christchurch.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const CHRISTCHURCH: MentionSpec = ['Christchurch', 'place', 'christchurch'];

describe('a happening measured from another', () => {
  it.each<[string, string]>([
    [
      'en',
      'The shooting came three days after a gunman killed 50 people at two mosques in Christchurch, New Zealand.',
    ],
    [
      'de',
      'Die Tat ereignete sich drei Tage nach dem Anschlag auf zwei Moscheen im neuseeländischen Christchurch, bei dem 50 Menschen getötet worden waren.',
    ],
    [
      'nl',
      'De aanslag kwam drie dagen na de aanslag op twee moskeeën in Christchurch, waarbij 50 mensen werden gedood.',
    ],
  ])('[%s] “%s” tells only the 50 killed', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2019-03-19', [CHRISTCHURCH])).toEqual([
      { kind: 'death', title: '50 people killed' },
    ]);
  });

  it('[en] “The shooting happened on Monday morning” is still the shooting', () => {
    const text = 'The shooting happened on Monday morning in Christchurch.';
    expect(kindsAndTitles('en', text, '2019-03-19', [CHRISTCHURCH]).map((c) => c.kind)).toContain('shooting');
  });
});
