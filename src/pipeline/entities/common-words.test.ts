import { describe, expect, it } from 'vitest';
import { isCommonWord } from './common-words.ts';
import { isDictionaryWord } from './lexicon.ts';
import { packageData } from './package-data.ts';

const { lexicon } = packageData();

describe('isCommonWord', () => {
  it.each([
    ['an English plural in the dictionary only as its singular', 'eyewitnesses', true],
    ['a Dutch plural', 'soldaten', true],
    ['an English adjective of a country', 'russian', true],
    ['a surname no dictionary lists', 'tokayev', false],
    ['a city no dictionary lists', 'almaty', false],
    ["a British spelling of an American dictionary's word", 'neighbouring', true],
    ['a British noun in -our', 'labour', true],
    ['a short name in -our', 'nour', false],
    ['a surname in -our', 'mansour', false],
    ['an English word negated by "un-" ("Unable to get in, the gunman …")', 'unable', true],
    ['a negated participle', 'unharmed', true],
    ['a name of "un" and a short word', 'unwin', false],
    ['a name of "un" and no word', 'unger', false],
  ])('takes %s ("%s") as ordinary: %s', (_, word, common) => {
    expect(isCommonWord(word, lexicon)).toBe(common);
  });

  it('gives the same answer when asked again as the dictionary gives', () => {
    for (const word of ['eyewitnesses', 'tokayev', 'eyewitnesses', 'tokayev']) {
      expect(isCommonWord(word, lexicon)).toBe(isDictionaryWord(word, lexicon));
    }
  });
});
