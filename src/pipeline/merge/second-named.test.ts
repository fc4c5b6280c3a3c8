/** A second storm with a name of its own is another storm than the first the report told. */
import { describe, expect, it } from 'vitest';
import { secondNamed } from './separate.ts';

describe('a happening told as a second one with a name', () => {
  it.each([
    ['Half januari volgde een tweede storm, Isha.', 'second-named'],
    ['A second storm, named Isha, followed in mid-January.', 'second-named'],
    ['Mitte Januar folgte ein zweiter Sturm namens Isha.', 'second-named'],
    ['On the second day of protests, police fired tear gas.', ''],
    ['Storm Henk heeft begin deze maand voor miljoenen euro’s schade gezorgd.', ''],
  ])('“%s” → “%s”', (text, mark) => {
    expect(secondNamed(text)).toBe(mark);
  });
});
