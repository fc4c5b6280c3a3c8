/**
 * "is to", "are to", "was to" before a happening tell what is planned, not what happened: "Biden
 * is to be sworn in on Jan. 20" in a report of 7 January is no swearing-in on 20 January.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a happening planned with “is to”', () => {
  it.each<[string, string, string[]]>([
    [
      'the AP’s “Biden is to be sworn in on Jan. 20” reports nothing',
      'Biden is to be sworn in on Jan. 20.',
      [],
    ],
    [
      'prisoners who “are to be released” on Friday are not released',
      'The two prisoners are to be released on Friday, the ministry said.',
      ['statement'],
    ],
    ['“Biden was sworn in on Jan. 20” is the swearing-in', 'Biden was sworn in on Jan. 20.', ['sworn-in']],
  ])('%s', (_name, text, kinds) => {
    expect(kindsAndTitles('en', text, '2021-01-07').map((c) => c.kind)).toEqual(kinds);
  });
});
