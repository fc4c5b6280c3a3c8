import { describe, expect, it } from 'vitest';
import { onDefiniteNoun } from './definite-relative.ts';
import { tokenize } from './tokenize.ts';

const at = (sentence: string, verb: string) => onDefiniteNoun(tokenize(sentence), sentence.indexOf(verb));

describe('a happening told in a relative clause on a definite noun is named again', () => {
  it.each<[string, string, boolean]>([
    [
      'The second "black box" from the Germanwings plane that crashed in the French Alps has been found.',
      'crashed',
      true,
    ],
    ['Het toestel dat neerstortte, was 24 jaar oud.', 'neerstortte', true],
    ['Die Maschine, die abstürzte, war 24 Jahre alt.', 'abstürzte', true],
    ['A plane that crashed in the Alps on Tuesday was 24 years old.', 'crashed', false],
    ['The plane crashed in the Alps on Tuesday.', 'crashed', false],
  ])('“%s”: “%s” named again is %s', (sentence, verb, named) => {
    expect(at(sentence, verb)).toBe(named);
  });
});
