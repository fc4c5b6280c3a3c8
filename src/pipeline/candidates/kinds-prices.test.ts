/** Prices that rose, in English, Dutch and German news: the lexicon read through the candidate stage. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('prices that rose are a price rise, named by what got dearer', () => {
  it.each<[string, string, string[]]>([
    [
      'en',
      'Wednesday oil prices rose nearly 3% as traders weighed the risk of a longer closure.',
      ['Oil prices rise'],
    ],
    ['nl', 'Woensdag stegen de olieprijzen met bijna 3 procent.', ['Oil prices rise']],
    ['de', 'Mittwoch stiegen die Ölpreise um fast drei Prozent.', ['Oil prices rise']],
    ['en', 'Wednesday food prices rose sharply in the capital.', ['Prices rise']],
  ])('[%s] “%s”', (lang, text, titles) => {
    expect(kindsAndTitles(lang, text, '2021-03-24').map((c) => c.title)).toEqual(titles);
  });

  it('[en] a death toll that rose is no price rise', () => {
    expect(
      kindsAndTitles('en', 'Wednesday the death toll rose to 12.', '2021-03-24').map((c) => c.kind),
    ).not.toContain('price-rise');
  });
});
