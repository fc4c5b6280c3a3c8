/**
 * A crowd counted only as nations' people is a share of the toll another report counts whole: the
 * 75 Germans and 50 Spaniards among the dead of the Germanwings crash belong with its 150 killed.
 */
import { describe, expect, it } from 'vitest';
import { nationShares, shareOfToll } from './nation-shares.ts';

describe('a nation’s share of a toll', () => {
  it.each<[string, string[], string[]]>([
    ['“75 Germans were among the dead” is a share of the killed', ['people from Germany killed'], ['killed']],
    [
      '“72 Deutsche und 51 Spanier” are two shares of the killed',
      ['people from Germany killed', 'people from Spain killed'],
      ['killed', 'killed'],
    ],
    ['“150 people killed” is a whole toll, no share', ['people killed'], []],
    [
      '“150 Menschen, darunter 72 Deutsche” counts the whole too, so no share alone',
      ['people killed', 'people from Germany killed'],
      [],
    ],
    ['a report with no count has no share', [], []],
  ])('%s', (_what, figureCounts, shares) => {
    expect(nationShares({ figureCounts })).toEqual(shares);
  });

  it.each<[string, string[], string[], boolean]>([
    ['the Germans killed are a share of the 150 killed', ['killed'], ['killed\u0000150'], true],
    ['the Germans killed are no share of 150 injured', ['killed'], ['injured\u0000150'], false],
    ['no shares are no share of anything', [], ['killed\u0000150'], false],
    ['a share of a report that counts nothing is no share of its toll', ['killed'], [], false],
  ])('%s', (_what, shares, counted, expected) => {
    expect(shareOfToll(shares, counted)).toBe(expected);
  });
});
