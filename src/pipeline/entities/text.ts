/**
 * Token-level text helpers shared by every matcher: folding (case, diacritics, ligatures)
 * and a tokenizer that keeps offsets into the original text.
 */

export interface Token {
  /** As written. */
  text: string;
  /** Folded: lowercase, no diacritics. */
  norm: string;
  start: number;
  end: number;
  /** First letter is uppercase. */
  capitalised: boolean;
  /** Two or more letters, all uppercase (an acronym such as CSTO). */
  allCaps: boolean;
}

const LIGATURES: Record<string, string> = {
  ß: 'ss',
  ĳ: 'ij',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  ı: 'i',
  đ: 'd',
};

/** Lowercase, diacritics and ligatures folded: "Schanaösen" → "schanaosen", "Kazachstaanse" unchanged. */
const ASCII = /^[ -~]*$/;

const MARKS = /\p{M}/gu;

export function fold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[ßĳæœøłıđ]/g, (c) => LIGATURES[c] ?? c);
}

const WORD = /[\p{L}\p{N}]+/gu;

const NOT_LETTERS = /\P{L}/gu;

function allCapitals(t: string): boolean {
  const letters = t.replace(NOT_LETTERS, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

interface WordShape {
  norm: string;
  capitalised: boolean;
  allCaps: boolean;
}

/** A corpus repeats its words: each distinct word is folded and looked at once. */
const shapes = new Map<string, WordShape>();
const MAX_WORDS = 100_000;

function shapeOf(t: string): WordShape {
  let shape = shapes.get(t);
  if (!shape) {
    const first = t[0] ?? '';
    const capitalised = first !== first.toLowerCase();
    shape = { norm: fold(t), capitalised, allCaps: capitalised && allCapitals(t) };
    if (shapes.size >= MAX_WORDS) shapes.clear();
    shapes.set(t, shape);
  }
  return shape;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // exec on the one regex: matchAll would copy it for every sentence.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const t = m[0];
    const { norm, capitalised, allCaps } = shapeOf(t);
    tokens.push({ text: t, norm, start: m.index, end: m.index + t.length, capitalised, allCaps });
  }
  return tokens;
}

/** Folded tokens of a name: "Kassym-Jomart Tokayev" → ["kassym", "jomart", "tokayev"]. */
export function nameTokens(name: string): string[] {
  return tokenize(name).map((t) => t.norm);
}

/**
 * What may stand between two tokens of one name: spaces, a hyphen, a dot ("U.S."), an apostrophe.
 * A comma, a quote or a bracket ends the name.
 */
export function joinsName(between: string): boolean {
  return between.length <= 3 && /^[\s\-‐‑.'’]*$/u.test(between) && !/\n/.test(between);
}

/** URL-safe id part: "Republic Square" → "republic-square". */
export function slug(s: string): string {
  return fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
