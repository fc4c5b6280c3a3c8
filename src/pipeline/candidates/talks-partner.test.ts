import { describe, expect, it } from 'vitest';
import { talksPartner } from './talks-partner.ts';

const hitAt = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { kind: 'protest', start, end: start + word.length };
};

describe('talksPartner', () => {
  it.each([
    [
      'the protesters talks are held with are no protest',
      'Tokayev, in a televised address Friday, rejected calls for talks with the protesters.',
      'protesters',
      true,
    ],
    [
      'Dutch: "gesprekken met de demonstranten"',
      'De president wees gesprekken met de demonstranten af.',
      'demonstranten',
      true,
    ],
    [
      'German: "Verhandlungen mit den Demonstranten"',
      'Tokajew lehnte Verhandlungen mit den Demonstranten ab.',
      'Demonstranten',
      true,
    ],
    [
      'protesters who storm a building protest',
      "Protesters stormed the mayor's office in Almaty.",
      'Protesters',
      false,
    ],
    [
      'a resignation after talks with parties is still a resignation',
      'Das russische Außenministerium teilte mit, Assad sei nach Verhandlungen mit Konfliktparteien zurückgetreten.',
      'zurückgetreten',
      false,
    ],
    [
      'police clashing with protesters is no talk',
      'Police clashed with protesters in Almaty.',
      'protesters',
      false,
    ],
  ])('%s', (_, text, word, expected) => {
    expect(talksPartner(text, hitAt(text, word))).toBe(expected);
  });
});
