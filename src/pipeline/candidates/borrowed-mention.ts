import type { Mention } from '../types.ts';

/**
 * A mention borrowed from an earlier sentence, for a pronoun ("he") or for "daar" and its residents
 * ("Honderden inwoners … werden geëvacueerd"): the text at its span is the word that stands for it.
 */
export function isBorrowed(text: string, m: Mention): boolean {
  return text.slice(m.start, m.end) !== m.text;
}
