/**
 * "a day after protesters stormed parliament and police opened fire": the happenings of a clause
 * dated by a duration ("a day") get the day it reaches, not the duration's "P1D".
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

describe('a happening dated by “a day after”', () => {
  it.each<[string, string, string]>([
    [
      'en',
      "Kenya's President William Ruto said Wednesday he will not sign the finance bill, a day after protesters stormed parliament and police opened fire.",
      'police opened fire',
    ],
  ])('[%s] “%s”: what “%s” tells is of Tuesday', async (lang, sentence, words) => {
    const file = await eventFileOf({ [`${lang}_day_after.txt`]: ` date 2024-06-26 Report\n\n${sentence}\n` });
    const shooting = eventsFrom(file, words).find((e) => e.kind === 'shooting');
    expect(shooting?.when).toMatchObject({ start: '2024-06-25', value: '2024-06-25' });
  });
});
