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
 * The letters and digits of candidates/tokenize.ts, kept apart from its classes on purpose: that
 * table also classes the currency signs and joiners its words hold, and a lookup shared from one
 * module made building the entity index several milliseconds slower at every start (measured).
 * text.test.ts holds the two tokenizers to the same characters.
 */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Whether each non-ASCII code unit is a letter or digit, looked up once: 0 unknown, 1 yes, 2 no. */
const wordUnits = new Uint8Array(0x10000);

/** Length in code units of the letter or digit (\p{L}, \p{N}) at `i`, or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = wordUnits[c] as number;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordUnits[c] = known;
  }
  return known === 1 ? 1 : 0;
}

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

/**
 * The first run of letters and digits at or after `from`, scanned by code unit rather than with
 * a regex: no match object per word, and an ASCII word (most of them) is shaped as it is
 * scanned, with no lookup.
 */
function tokenFrom(text: string, from: number): Token | undefined {
  let i = from;
  let size = 0;
  while (i < text.length && (size = wordCharAt(text, i)) === 0) i++;
  if (size === 0) return undefined;
  const start = i;
  let ascii = true;
  let upper = 0;
  let lower = 0;
  do {
    const c = text.charCodeAt(i);
    if (c >= 128) ascii = false;
    else if (c >= 65 && c <= 90) upper++;
    else if (c >= 97) lower++;
    i += size;
    size = i < text.length ? wordCharAt(text, i) : 0;
  } while (size > 0);
  const t = text.slice(start, i);
  if (!ascii) {
    const { norm, capitalised, allCaps } = shapeOf(t);
    return { text: t, norm, start, end: i, capitalised, allCaps };
  }
  const first = text.charCodeAt(start);
  const capitalised = first >= 65 && first <= 90;
  const norm = upper > 0 ? t.toLowerCase() : t;
  return { text: t, norm, start, end: i, capitalised, allCaps: capitalised && upper >= 2 && lower === 0 };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let t = tokenFrom(text, 0); t !== undefined; t = tokenFrom(text, t.end)) tokens.push(t);
  return tokens;
}

/** The first token of a text, without tokenizing the rest. */
export function firstToken(text: string): Token | undefined {
  return tokenFrom(text, 0);
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
