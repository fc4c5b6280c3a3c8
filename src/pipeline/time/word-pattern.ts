/** Regular-expression pieces the time rules build from word tables, and the lookup of a matched word. */

/** Regex alternation of the keys of a table, longest first so "sept" wins over "sep". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * Word boundaries that work for letters outside ASCII (ä, ë, ß). B rules out ASCII letters and digits
 * first, a part of \p{L}\p{N}: the same boundary, found far faster inside a word.
 */
export const B_ASCII = '(?<![a-zA-Z0-9])';
export const B = `${B_ASCII}(?<![\\p{L}\\p{N}])`;
export const E = '(?![\\p{L}\\p{N}])';
/** E's ASCII half: all of E in a text without letters or digits outside ASCII (see Pattern). */
export const E_ASCII = '(?![a-zA-Z0-9])';

/** Look a word up in a table, ignoring case and internal whitespace. */
export function lookup<T>(table: Record<string, T>, word: string | undefined): T | undefined {
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  // A key has single blanks and no final dot, so a word found as it is needs no tidying.
  return table[lower] ?? table[lower.replace(/\s+/g, ' ').replace(/\.$/, '')];
}
