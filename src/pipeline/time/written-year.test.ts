import { describe, expect, it } from 'vitest';
import { writtenYear, YEAR } from './written-year.ts';

describe('writtenYear', () => {
  it.each([
    ['a four-digit year is read as it stands', '2022', 2022],
    ['two digits after an apostrophe below 50 are this century', "'22", 2022],
    ['two digits after an apostrophe from 50 are the last century', "'98", 1998],
    ['two digits of a numeric date are read the same way', '21', 2021],
    ['nothing written gives no year', undefined, undefined],
  ])('%s', (_name, text, year) => {
    expect(writtenYear(text)).toBe(year);
  });

  it.each([
    ['a year of this century matches', '2022', true],
    ['a year of the seventeenth century matches', '1648', true],
    ['a number before 1600 is no year', '1492', false],
    ['a number from 2100 is no year', '2150', false],
  ])('%s', (_name, text, matches) => {
    expect(new RegExp(`^${YEAR}$`).test(text)).toBe(matches);
  });
});
