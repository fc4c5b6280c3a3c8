import { describe, expect, it } from 'vitest';
import { foundedAside } from './founded-aside.ts';

const inAside = (sentence: string, time: string): boolean => {
  const start = sentence.indexOf(time);
  return foundedAside(sentence, { start, end: start + time.length }) !== undefined;
};

describe('a time in an aside telling a founding dates the founding only', () => {
  it.each<[string, string, string, boolean]>([
    [
      'a party "founded in August" won its seats in November',
      'The New Social Contract party of Pieter Omtzigt, founded in August, won 20 seats.',
      'in August',
      true,
    ],
    [
      'een partij "in augustus opgericht" won haar zetels later',
      'De partij van Pieter Omtzigt, in augustus opgericht, won 20 zetels.',
      'in augustus',
      true,
    ],
    [
      'eine Partei "im August gegründet" gewann ihre Sitze später',
      'Die Partei von Pieter Omtzigt, im August gegründet, gewann 20 Sitze.',
      'im August',
      true,
    ],
    [
      'an aside of another participle is not a founding',
      'The man, arrested on Monday, was charged on Tuesday.',
      'on Monday',
      false,
    ],
    [
      'a time of the main clause after the aside is none of it',
      'The party, founded in August, won 20 seats on Wednesday.',
      'on Wednesday',
      false,
    ],
  ])('%s', (_what, sentence, time, expected) => {
    expect(inAside(sentence, time)).toBe(expected);
  });
});
