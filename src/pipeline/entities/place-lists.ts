/**
 * A name in a list of names after a preposition of place: "in Wolfsburg, Emden und Zwickau",
 * "in Paiporta, Catarroja, Sedaví, Alfafar and Benetússer". What the list's first name is (a place,
 * by its preposition), so are the others.
 */
import type { Token } from './text.ts';

const AND = new Set(['and', 'or', 'en', 'of', 'und', 'oder']);

/** Words the names of a list may hold before or after one of them, each name of up to two. */
const LIST_WORDS = 6;

const COMMA = /^,\s+$/;
/** Between two words of one name ("Sint Maarten", "Baden-Württemberg") or two names of a list. */
const IN_LIST = /^(?:,?\s+|-)$/;

type IsLocative = (norm: string | undefined) => boolean;

/**
 * Token `i` starts the last name of a list after a locative preposition ("… en Zwickau"), or one
 * between its first and its last, after a comma, with "and" still to come ("…, Catarroja, …").
 */
export function listedAfterLocative(
  tokens: Token[],
  text: string,
  i: number,
  isLocative: IsLocative,
): boolean {
  const before = tokens[i - 1];
  if (!before) return false;
  if (AND.has(before.norm)) {
    let k = i - 2;
    const stop = Math.max(0, i - 2 - LIST_WORDS);
    while (k >= stop && tokens[k]?.capitalised) k--;
    return k < i - 2 && k >= 0 && isLocative(tokens[k]?.norm);
  }
  const name = tokens[i] as Token;
  return (
    before.capitalised &&
    COMMA.test(text.slice(before.end, name.start)) &&
    locativeBefore(tokens, text, i - 1, isLocative) &&
    andAfter(tokens, text, i)
  );
}

function joined(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && IN_LIST.test(text.slice(a.end, b.start));
}

/** Capitalised names back from token `last` reach a locative preposition. */
function locativeBefore(tokens: Token[], text: string, last: number, isLocative: IsLocative): boolean {
  let k = last;
  const stop = Math.max(0, last - LIST_WORDS);
  while (k >= stop && tokens[k]?.capitalised && (k === last || joined(text, tokens[k], tokens[k + 1]))) k--;
  return k >= 0 && k < last && isLocative(tokens[k]?.norm) && joined(text, tokens[k], tokens[k + 1]);
}

/** Capitalised names on from token `i` reach "and" and a last name. */
function andAfter(tokens: Token[], text: string, i: number): boolean {
  const stop = Math.min(tokens.length - 2, i + LIST_WORDS);
  for (let j = i + 1; j <= stop; j++) {
    const t = tokens[j] as Token;
    if (!joined(text, tokens[j - 1], t)) return false;
    if (AND.has(t.norm)) return tokens[j + 1]?.capitalised === true;
    if (!t.capitalised) return false;
  }
  return false;
}
