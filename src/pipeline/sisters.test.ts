import { describe, expect, it } from 'vitest';
import { germanNameFactor } from './sisters.ts';

describe('what a capitalised word of a German report counts for in its fingerprint', () => {
  it.each([
    ['a word of an English report counts in full', false, 7, false, 1],
    ['a word only the report itself holds ("Luftballons") counts for nothing', true, 1, true, 0],
    [
      'a word reports in other languages share ("CrowdStrike") is a name and counts in full',
      true,
      4,
      false,
      1,
    ],
    [
      'a word two German reports alone share ("Haseloff") may be a name and counts for half',
      true,
      2,
      true,
      0.5,
    ],
    ['a word five German reports alone share still counts for half', true, 5, true, 0.5],
    [
      'a word more German reports alone share than a story mostly has ("Angaben", "Sicherheit") is a noun and counts for nothing',
      true,
      9,
      true,
      0,
    ],
  ])('%s', (_name, german, held, germanOnly, factor) => {
    expect(germanNameFactor(german, held, () => germanOnly)).toBe(factor);
  });
});
