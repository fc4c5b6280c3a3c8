/**
 * "In the city of Almaty, large-scale riots broke out against the government, … Dozens of police
 * and protesters lost their lives and hundreds were injured in the riots.": a happening named again
 * with the definite article after "in"/"during" ("bij de rellen", "bei den Krawallen") is the one
 * the paragraph told where it last named places, so a sentence naming no place of its own stands
 * there, as with "daar" (place-reference.ts).
 */
import type { Mention } from '../types.ts';
import { isBorrowed } from './borrowed-mention.ts';
import { tokenize, type Token } from './tokenize.ts';

const PREPOSITIONS: Record<string, ReadonlySet<string>> = {
  en: new Set(['in', 'during']),
  nl: new Set(['bij', 'tijdens']),
  de: new Set(['bei', 'während']),
};
const ARTICLES: Record<string, ReadonlySet<string>> = {
  en: new Set(['the']),
  nl: new Set(['de', 'het']),
  de: new Set(['den', 'dem', 'der', 'die', 'das']),
};

/**
 * A word is the same noun in another case or number ("Krawalle", "Krawallen"): the longer has at
 * most two letters more. "protesters" is not "protests": those who protest, not the protests.
 */
function sameNoun(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short);
}

/**
 * The noun of a happening (`isHappening` tells a trigger's word by its index) that the sentence
 * names again right after a preposition and an article, told in `previousText` too.
 */
export function namedAgainAt(
  tokens: readonly Token[],
  lang: string,
  previousText: string,
  isHappening: (i: number) => boolean,
): Token | undefined {
  const prepositions = PREPOSITIONS[lang];
  const articles = ARTICLES[lang];
  if (!prepositions || !articles) return undefined;
  let before: readonly Token[] | undefined;
  for (let i = 2; i < tokens.length; i++) {
    const noun = tokens[i] as Token;
    if (!articles.has(tokens[i - 1]?.word ?? '') || !prepositions.has(tokens[i - 2]?.word ?? '')) continue;
    if (!noun.letters || !isHappening(i)) continue;
    before ??= tokenize(previousText);
    if (before.some((t) => sameNoun(t.word, noun.word))) return noun;
  }
  return undefined;
}

/** A comma or "and" between a happening and the word a place is borrowed at: another clause. */
const OTHER_CLAUSE = /,|\s(?:and|en|und)\s/iu;

/**
 * "Dozens … lost their lives and hundreds were injured in the riots": a place borrowed at a word
 * after the happening `h`, behind "and" or a comma, is where the next clause's happening was.
 */
export function borrowedInLaterClause(text: string, place: Mention, h: { end: number }): boolean {
  // One put after the sentence's last word (subject-place.ts) stands at no word of any clause.
  return (
    place.start >= h.end &&
    place.end > place.start &&
    isBorrowed(text, place) &&
    OTHER_CLAUSE.test(text.slice(h.end, place.start))
  );
}
