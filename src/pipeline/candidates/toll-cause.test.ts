/**
 * A disaster named as what has killed a running toll's dead, in a clause hung on other news ("where
 * floods have killed at least 211 people", "the town worst hit by the floods"), is named again: the
 * sentence does not report the floods a second time, on the day of the news it tells.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const kinds = (lang: string, text: string) => kindsAndTitles(lang, text, '2024-11-02').map((c) => c.kind);

describe('floods named as the cause of a toll are no floods reported again', () => {
  it.each([
    [
      'en',
      'Saturday Sánchez said his government will send 5,000 more soldiers to Valencia, where floods have killed at least 211 people.',
    ],
    [
      'en',
      'Saturday angry crowds threw mud at the king in Paiporta, the town worst hit by the floods that have killed at least 217 people.',
    ],
  ])('[%s] “%s”', (lang, text) => {
    expect(kinds(lang, text)).not.toContain('disaster');
  });

  it.each([
    ['en', 'Saturday flash floods have killed at least 95 people, emergency services said.'],
    ['en', 'Saturday the floods that swept through Valencia have killed at least 211 people.'],
    ['nl', 'Zaterdag raakte Valencia getroffen door overstromingen.'],
  ])('[%s] the floods are still reported in “%s”', (lang, text) => {
    expect(kinds(lang, text)).toContain('disaster');
  });
});
