/**
 * "the Yom Kippur service" is a prayer on a holy day: no institution that speaks, as "the fire
 * service" is.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a holy day’s service', () => {
  it.each([
    [
      'en',
      'Between 70 and 80 people were inside for the Yom Kippur service, he told reporters.',
      'Statement issued',
    ],
    [
      'en',
      'The fire service told reporters that the cause was not yet known.',
      'Fire service makes a statement',
    ],
  ])('[%s] “%s” is titled %s', (lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2019-10-09').map((c) => c.title)).toEqual([title]);
  });
});
