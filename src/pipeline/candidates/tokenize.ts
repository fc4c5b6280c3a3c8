/**
 * Word tokens with offsets: runs of letters, digits, "€" and "$", joined by one of - ' ’ . , when a
 * letter or digit follows ("twenty-five", "2,500", "U.S."). Its letters and digits are those of the
 * entities' tokenizer (see entities/text.ts).
 */

export interface Token {
  /** Lower-cased word. */
  word: string;
  start: number;
  end: number;
  /** Only letters, perhaps joined by hyphens ("twenty-five"): a word as number words are written. */
  letters: boolean;
}

/**
 * A token. The first alternative takes a token of letters and hyphens only, and only whole (no
 * letter, digit or joined part follows), so that the group tells `letters` without a second look.
 * Matched as one expression rather than scanned code unit by code unit: in a run of a few hundred
 * articles most tokens are read before V8 optimises a scanner, and there the expression is faster
 * (measured: as fast once optimised).
 */
const TOKEN =
  /(\p{L}+(?:-\p{L}+)*)(?![\p{L}\p{N}€$]|[-'’.,][\p{L}\p{N}])|[\p{L}\p{N}€$]+(?:[-'’.,][\p{L}\p{N}]+)*/gu;

/** Whether lower-casing the whole text maps each code unit to one at the same offset ("İ" grows, "Σ" looks at its neighbours). */
function lowersInPlace(text: string, lower: string): boolean {
  return lower.length === text.length && !text.includes('Σ');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lower = text.toLowerCase();
  const inPlace = lowersInPlace(text, lower);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    tokens.push({
      word: inPlace ? lower.slice(start, end) : m[0].toLowerCase(),
      start,
      end,
      letters: m[1] !== undefined,
    });
  }
  return tokens;
}

/** The index of the first token at or after offset `at` (a trigger's first word), or past the last token. */
export function tokenIndexAt(tokens: Token[], at: number): number {
  const i = tokens.findIndex((t) => t.start >= at);
  return i < 0 ? tokens.length : i;
}
