/**
 * Token-level text helpers shared by every matcher: folding (case, diacritics, ligatures)
 * and a tokenizer that keeps offsets into the original text.
 */
import { CappedCache } from '../capped-cache.ts';

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

// Regexes with \p escapes are module constants: tsx (esbuild) turns such a literal in a function
// into a new RegExp at every call.
const MARKS = /\p{M}/gu;

export function fold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[ßĳæœøłıđ]/g, (c) => LIGATURES[c] ?? c);
}

/*
 * A word: a run of letters and digits (\p{L}, \p{N}), the characters candidates/tokenize.ts also
 * counts as letters and digits (text.test.ts holds the two tokenizers to the same characters).
 * The first alternative takes a word of ASCII letters and digits, which can be shaped without a
 * lookup. A regular expression rather than a loop over code units: a short run executes most code
 * before V8 optimises it, and there the native scan is about twice as fast (measured).
 */
const WORD = /([A-Za-z0-9]+)(?![\p{L}\p{N}])|[\p{L}\p{N}]+/gu;

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
const shapes = new CappedCache<string, WordShape>();

function shapeOf(t: string): WordShape {
  let shape = shapes.get(t);
  if (!shape) {
    const first = t[0] ?? '';
    const capitalised = first !== first.toLowerCase();
    shape = { norm: fold(t), capitalised, allCaps: capitalised && allCapitals(t) };
    shapes.set(t, shape);
  }
  return shape;
}

/** An ASCII word's uppercase letters, when there are at least two and no lowercase ones. */
function isAcronym(t: string): boolean {
  let upper = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97) return false;
    if (c >= 65) upper++;
  }
  return upper >= 2;
}

/** The token of a match of WORD. */
function tokenOf(m: RegExpExecArray): Token {
  const t = m[0];
  const start = m.index;
  const end = start + t.length;
  if (m[1] === undefined) {
    const { norm, capitalised, allCaps } = shapeOf(t);
    return { text: t, norm, start, end, capitalised, allCaps };
  }
  const first = t.charCodeAt(0);
  const capitalised = first >= 65 && first <= 90;
  return { text: t, norm: t.toLowerCase(), start, end, capitalised, allCaps: capitalised && isAcronym(t) };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) tokens.push(tokenOf(m));
  return tokens;
}

/** The folded first word of a text (its first token's norm), without tokenizing or shaping the rest. */
export function firstWord(text: string): string | undefined {
  WORD.lastIndex = 0;
  const m = WORD.exec(text);
  if (!m) return undefined;
  return m[1] === undefined ? shapeOf(m[0]).norm : m[0].toLowerCase();
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
  // One space, by far the most common, needs no regex.
  return (
    between === ' ' || (between.length <= 3 && /^[\s\-‐‑.'’]*$/u.test(between) && !between.includes('\n'))
  );
}

/** URL-safe id part: "Republic Square" → "republic-square". */
export function slug(s: string): string {
  return fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Prefix of the ids of names no data file lists ("name:anna-schmidt"). */
export const UNKNOWN_PREFIX = 'name:';

/** The id of a name no data file lists: "Anna Schmidt" → "name:anna-schmidt". */
export function unknownNameId(name: string): string {
  return UNKNOWN_PREFIX + slug(name);
}
