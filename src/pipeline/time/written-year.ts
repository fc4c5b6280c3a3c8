/** A year as written in a date: four digits, or two after an apostrophe or in a numeric date. */

/** A four-digit year from 1600 to 2099, as the named group `year`. */
export const YEAR = '(?<year>(?:1[6-9]|20)\\d\\d)';

/** "2022" → 2022; "'98" and "98" → 1998; "22" → 2022 (two digits below 50 are this century). */
export function writtenYear(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const n = Number(text.replace(/^'/, ''));
  return text.length === 2 || text.startsWith("'") ? (n < 50 ? 2000 + n : 1900 + n) : n;
}
