import { describe, expect, it } from 'vitest';
import { inByAside } from './by-aside.ts';

function check(text: string, name: string, verb: string): boolean {
  const start = text.indexOf(name);
  return inByAside(text, { start, end: start + name.length }, text.indexOf(verb));
}

describe('a name in an aside saying who founded or leads the subject', () => {
  it.each([
    [
      'the founder of a party that won is not who won',
      'Georgian Dream, founded by billionaire Bidzina Ivanishvili, won the election on Saturday.',
      'Bidzina Ivanishvili',
      'won',
      true,
    ],
    [
      'a German militia’s leader "angeführt von" is not who took the city',
      'Die Miliz HTS, angeführt von Abu Mohammed al-Dscholani, nahm am Samstag Aleppo ein.',
      'Abu Mohammed al-Dscholani',
      'nahm',
      true,
    ],
    [
      'a Dutch party’s leader "geleid door" is not who won',
      'De partij, geleid door premier Mark Rutte, won de verkiezingen.',
      'Mark Rutte',
      'won',
      true,
    ],
    [
      'a name before the verb with no aside is still its subject',
      'On Saturday Bidzina Ivanishvili, the billionaire, won the election.',
      'Bidzina Ivanishvili',
      'won',
      false,
    ],
    [
      'a name after "by" in a passive without an aside is not in one',
      'The election was won by Bidzina Ivanishvili on Saturday.',
      'Bidzina Ivanishvili',
      'won',
      false,
    ],
  ])('%s', (_name, text, name, verb, expected) => {
    expect(check(text, name, verb)).toBe(expected);
  });
});
