/**
 * English puts the subject right before its verb, however long the phrase that opens the sentence:
 * "In an interview with TF1 on Monday evening she called the verdict a political decision". The
 * pronoun stands for whoever the sentences before named.
 */
import type { Token } from './tokenize.ts';
import type { WordFacts } from './vocabulary.ts';

/** Words from which on a pronoun is no longer the opening subject the caller looks for first. */
const FROM_WORD = 4;

/** A phrase of circumstance opens the sentence: "In a televised address, …", "Speaking to reporters …". */
const OPENING_PHRASE = /^\s*(?:in|at|on|during|after|before|following|speaking|asked|addressing)\s/iu;

/**
 * "he"/"she" right before a word that reports a happening, past the sentence's first words, as the
 * subject of the sentence: no word before it reports one, except in a phrase of circumstance that
 * opens the sentence, up to its comma ("In a televised address, he thanked"). After "said" or
 * "stormed … after" it is someone else's.
 */
export function pronounBeforeVerb(
  text: string,
  tokens: readonly Token[],
  facts: readonly WordFacts<unknown>[],
): Token | undefined {
  const comma = text.indexOf(',');
  const openingEnd = !OPENING_PHRASE.test(text) ? -1 : comma < 0 ? text.length : comma;
  let reported = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (i >= FROM_WORD && facts[i]?.pronoun && (facts[i + 1]?.triggers.length ?? 0) > 0 && !reported)
      return token;
    reported ||= token.start > openingEnd && (facts[i]?.triggers.length ?? 0) > 0;
  }
  return undefined;
}
