import { describe, expect, it } from 'vitest';
import { mentionIn } from './test-helpers.ts';
import { coordinated } from './coordinated-names.ts';

describe('names listed together', () => {
  it.each<[string, string, string, boolean]>([
    ['Spain, Britain and Qatar sent aid on Monday.', 'Spain', 'Qatar', true],
    ['Österreich und Kroatien schickten Helfer.', 'Österreich', 'Kroatien', true],
    ['Spain sent aid to Qatar on Monday.', 'Spain', 'Qatar', false],
  ])('“%s”: %s and %s are one list: %s', (text, a, b, expected) => {
    const ma = mentionIn(text, a, 'place');
    const mb = mentionIn(text, b, 'place');
    const all = ['Spain', 'Britain', 'Qatar', 'Österreich', 'Kroatien']
      .filter((n) => text.includes(n))
      .map((n) => mentionIn(text, n, 'place'));
    expect(coordinated(text, ma, mb, all)).toBe(expected);
  });
});
