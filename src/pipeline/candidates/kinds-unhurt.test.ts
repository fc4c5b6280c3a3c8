/**
 * A sentence saying nobody died ("no deaths had been reported", "ohne dass ein Mensch ums Leben
 * gekommen sei") reports no death: the words for dying in it are denied, not told.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a death denied is no death', () => {
  it.each([
    ['en', 'He said no deaths had been reported so far.'],
    ['en', 'Officials said no one had died in the fires.'],
    ['de', 'Die Evakuierung sei gelungen, ohne dass ein Mensch ums Leben gekommen sei.'],
    ['de', 'Nach Angaben der Feuerwehr gab es keine Todesopfer.'],
    ['nl', 'Bij de branden is volgens de brandweer niemand om het leven gekomen.'],
  ])('[%s] “%s” reports no death', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-07-23').filter((k) => k.kind === 'death')).toEqual([]);
  });

  it('[en] a toll that is told still reports the dead', () => {
    expect(kindsAndTitles('en', 'Two people died in the fire on Monday.', '2023-07-23')[0]?.kind).toBe(
      'death',
    );
  });
});
