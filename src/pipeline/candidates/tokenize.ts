/**
 * Word tokens with offsets: runs of letters, digits, "€" and "$", joined by one of - ' ’ . , when a
 * letter or digit follows ("twenty-five", "2,500", "U.S."). A scan over character codes: the
 * regular expression it replaces, /[\p{L}\p{N}€$]+(?:[-'’.,][\p{L}\p{N}]+)*\/gu, cost twice as much.
 */

export interface Token {
  /** Lower-cased word. */
  word: string;
  start: number;
  end: number;
  /** Only letters, perhaps joined by hyphens ("twenty-five"): a word as number words are written. */
  letters: boolean;
}

const UNKNOWN = 0;
const LETTER = 1;
const DIGIT = 2;
const CURRENCY = 3;
const JOINER = 4;
const OTHER = 5;
const HIGH_SURROGATE = 6;
/** A letter or digit outside the BMP: two code units. */
const ASTRAL_LETTER = 7;
const ASTRAL_DIGIT = 8;

const HYPHEN = 0x2d;
const IS_LETTER = /^\p{L}$/u;
const IS_DIGIT = /^\p{N}$/u;

/**
 * Class of each code unit, worked out the first time the unit is met. Its letters and digits are
 * those of the entities' tokenizer, which keeps its own table on purpose (see entities/text.ts).
 */
const classes = new Uint8Array(0x10000);

function classify(unit: number): number {
  if (unit >= 0xd800 && unit < 0xdc00) return HIGH_SURROGATE;
  const char = String.fromCharCode(unit);
  if (IS_LETTER.test(char)) return LETTER;
  if (IS_DIGIT.test(char)) return DIGIT;
  if (char === '€' || char === '$') return CURRENCY;
  if ("-'’.,".includes(char)) return JOINER;
  return OTHER;
}

function astralClass(text: string, i: number): number {
  const point = text.codePointAt(i) as number;
  if (point <= 0xffff) return OTHER;
  const char = String.fromCodePoint(point);
  return IS_LETTER.test(char) ? ASTRAL_LETTER : IS_DIGIT.test(char) ? ASTRAL_DIGIT : OTHER;
}

/** Class of the character at i; for a pair of surrogates, of its code point. */
function classAt(text: string, i: number): number {
  if (i >= text.length) return OTHER;
  const unit = text.charCodeAt(i);
  let c = classes[unit] as number;
  if (c === UNKNOWN) {
    c = classify(unit);
    classes[unit] = c;
  }
  return c === HIGH_SURROGATE ? astralClass(text, i) : c;
}

function isLetterOrDigit(c: number): boolean {
  return c === LETTER || c === DIGIT || c === ASTRAL_LETTER || c === ASTRAL_DIGIT;
}

function isLetter(c: number): boolean {
  return c === LETTER || c === ASTRAL_LETTER;
}

function widthOf(c: number): number {
  return c === ASTRAL_LETTER || c === ASTRAL_DIGIT ? 2 : 1;
}

/** Whether lower-casing the whole text maps each code unit to one at the same offset ("İ" grows, "Σ" looks at its neighbours). */
function lowersInPlace(text: string, lower: string): boolean {
  return lower.length === text.length && !text.includes('Σ');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lower = text.toLowerCase();
  const inPlace = lowersInPlace(text, lower);
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = classAt(text, i);
    if (c !== CURRENCY && !isLetterOrDigit(c)) {
      i++;
      continue;
    }
    const start = i;
    let letters = true;
    while (c === CURRENCY || isLetterOrDigit(c)) {
      letters &&= isLetter(c);
      i += widthOf(c);
      c = classAt(text, i);
    }
    while (c === JOINER) {
      const joiner = text.charCodeAt(i);
      c = classAt(text, i + 1);
      if (!isLetterOrDigit(c)) break;
      letters &&= joiner === HYPHEN;
      i++;
      while (isLetterOrDigit(c)) {
        letters &&= isLetter(c);
        i += widthOf(c);
        c = classAt(text, i);
      }
    }
    tokens.push({
      word: inPlace ? lower.slice(start, i) : text.slice(start, i).toLowerCase(),
      start,
      end: i,
      letters,
    });
  }
  return tokens;
}
