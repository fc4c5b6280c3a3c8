import { describe, expect, it } from 'vitest';
import { phraseBefore } from './phrase-before.ts';

const REFERENCES = ['in connection with', 'im Zusammenhang mit'];

describe('phraseBefore: a lexicon word and a determiner right before a trigger', () => {
  it.each<[string, string, number, boolean]>([
    [
      '"in connection with the" right before the trigger is the phrase',
      'arrested in connection with the ',
      0,
      true,
    ],
    [
      'up to the allowed words may stand between determiner and trigger',
      'in connection with the deadly ',
      1,
      true,
    ],
    ['one word more than allowed is no longer the phrase', 'in connection with the deadly night ', 1, false],
    ['the phrase must begin a word: "im" at the end of "Wim" is none', 'Wim Zusammenhang mit dem ', 0, false],
    ['a German phrase with its article is found the same way', 'im Zusammenhang mit dem ', 0, true],
    ['the phrase must end where the trigger begins', 'in connection with the night, ', 0, false],
  ])('%s', (_name, before, between, expected) => {
    const { cue, pattern } = phraseBefore(REFERENCES, between);
    expect(cue.test(before) && pattern.test(before)).toBe(expected);
  });

  it('builds the expressions of one list and count once', () => {
    expect(phraseBefore(REFERENCES, 2)).toBe(phraseBefore(REFERENCES, 2));
  });
});
