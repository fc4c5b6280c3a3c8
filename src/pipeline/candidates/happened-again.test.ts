import { describe, expect, it } from 'vitest';
import { happenedAgain } from './happened-again.ts';
import { tokenize } from './tokenize.ts';

describe('a disaster named again as what happened is the happening the article told', () => {
  it.each<[string, string, string | undefined, string | undefined]>([
    [
      'the German "Das Unglück ereignete sich" after a crowd crush',
      'Das Unglück ereignete sich am Samstagabend gegen 22.15 Uhr Ortszeit in einer schmalen Gasse.',
      'crowd-crush',
      'Unglück',
    ],
    [
      'the English "The disaster happened"',
      'The disaster happened at about 10 p.m. on Saturday.',
      'fire',
      'disaster',
    ],
    ['the Dutch "De ramp gebeurde"', 'De ramp gebeurde zaterdagavond rond tien uur.', 'crowd-crush', 'ramp'],
    [
      'a disaster that did something else',
      'Das Unglück erschütterte am Sonntag das ganze Land.',
      'crowd-crush',
      undefined,
    ],
    [
      'a disaster with no article, told afresh',
      'Ein Unglück ereignete sich am Samstagabend.',
      'crowd-crush',
      undefined,
    ],
    [
      'an article that told no happening before',
      'Das Unglück ereignete sich am Samstagabend.',
      undefined,
      undefined,
    ],
  ])('%s: “%s”', (_name, text, told, noun) => {
    const [found] = happenedAgain(tokenize(text), told);
    expect(found?.item.kind).toBe(noun === undefined ? undefined : told);
    expect(found && text.slice(found.match.start, found.match.end)).toBe(noun);
  });
});
