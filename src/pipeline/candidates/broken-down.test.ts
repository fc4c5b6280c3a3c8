/**
 * A count broken down in apposition ("fünf weitere Leichen, vier Männer und eine Frau") gives who
 * those were: the parts are no toll of their own, which would stand against the running toll.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day } from './test-helpers.ts';

function deathFigures(lang: string, text: string): string[] {
  const word = /\b(?:Thursday|Donnerstag|donderdag)\b/.exec(text)?.[0];
  return candidatesOfSentence(lang, { text, times: [day('2025-08-14', word)] }).flatMap((c) =>
    c.figures.map((f) => `${f.value} ${f.counts}`),
  );
}

describe('a count broken down after a comma', () => {
  it.each<[string, string, string[]]>([
    [
      'de',
      'Im Heck fanden sie am Donnerstag fünf weitere Leichen, vier Männer und eine Frau.',
      ['5 more people killed'],
    ],
    ['en', 'On Thursday divers recovered five more bodies, four men and a woman.', ['5 more people killed']],
    [
      'nl',
      'Bij de aanslag van donderdag kwamen twaalf mensen om het leven, zeven mannen en vijf vrouwen.',
      ['12 people killed'],
    ],
  ])('[%s] “%s” counts the whole only', (lang, text, expected) => {
    expect(deathFigures(lang, text)).toEqual(expected);
  });

  it('parts that do not add up to the count before them are counts of their own', () => {
    expect(deathFigures('en', 'On Thursday twelve people were killed, four men and a woman.')).toContain(
      '4 people killed',
    );
  });
});
