/**
 * "a Muslim asylum seeker", "an Anglican vicar": a capitalised dictionary word between an
 * indefinite article and a lowercase noun qualifies the noun; it names no one. German writes such
 * adjectives in lowercase ("ein muslimischer Asylbewerber"); Dutch capitalises those of a people
 * or place ("de Koerdische steden", "Iraanse betogers"), which its inflection gives away.
 */
import type { Token } from './text.ts';

const INDEFINITE = new Set(['a', 'an']);
const LOWERCASE_WORD = /^\p{Ll}/u;

/** Whether the one word at `i` stands as an adjective between "a"/"an" and a lowercase noun. */
export function qualifiesNoun(tokens: Token[], i: number, language: string): boolean {
  const next = tokens[i + 1];
  return (
    language === 'en' &&
    INDEFINITE.has(tokens[i - 1]?.norm ?? '') &&
    next !== undefined &&
    LOWERCASE_WORD.test(next.text)
  );
}

/**
 * Dutch endings of an adjective of a people or place: "Koerdische", "Russisch", "Iraanse",
 * "Oekraïense", "Chinese", "Duitse". Given names that end so ("Elise", "Jesse") are too short
 * before the ending, or are known and never reach this rule.
 */
const DUTCH_ADJECTIVE = /^\p{L}{3,}(?:isch|ische|se)$/u;

/** A space and nothing else between two tokens: "Koerdische steden", not "Koerdische, steden". */
const SPACE_ONLY = /^ $/;

/**
 * Whether the one Dutch word at `i` is an adjective of a people or place before the lowercase
 * noun it qualifies: "in de Koerdische steden Saqqez", "Iraanse betogers".
 */
export function dutchAdjectiveBeforeNoun(
  tokens: Token[],
  text: string,
  i: number,
  language: string,
): boolean {
  const word = tokens[i];
  const next = tokens[i + 1];
  return (
    language === 'nl' &&
    word !== undefined &&
    next !== undefined &&
    DUTCH_ADJECTIVE.test(word.norm) &&
    LOWERCASE_WORD.test(next.text) &&
    SPACE_ONLY.test(text.slice(word.end, next.start))
  );
}
