import { describe, expect, it } from 'vitest';
import { day } from '../candidates/test-helpers.ts';
import { opensWithSince, startsState } from './since-state.ts';

describe('a time that starts a state', () => {
  it.each<[string, string, boolean]>([
    ['"sinds 26 maart" starts the wreck lying on the bow', 'sinds 26 maart', true],
    ['"seit Samstag" starts a custody', 'seit Samstag', true],
    ['"since Tuesday" starts what goes on', 'since Tuesday', true],
    ['"on Tuesday" is a happening\'s day', 'on Tuesday', false],
    ['"maandag" is a happening\'s day', 'maandag', false],
  ])('%s', (_, text, starts) => {
    expect(startsState(day('2024-03-26', text))).toBe(starts);
  });
});

describe('a time opened by "since"', () => {
  it.each<[string, boolean]>([
    ['seit Sonntag', true],
    ['sinds 8 december', true],
    ['since Wednesday', true],
    ['on Wednesday', false],
  ])('"%s" runs from it: %s', (text, opens) => {
    expect(opensWithSince(text)).toBe(opens);
  });
});
