/**
 * "UBS agreed on Sunday to buy Credit Suisse … in a deal engineered by Swiss authorities", "a
 * ceasefire brokered by Qatar": "by" after a noun and its participle names who made that noun's
 * thing, not who did the sentence's verb.
 */

/** An article, a noun, a participle in -ed and "by", then up to two words (a title) before the name. */
const NOUN_PARTICIPLE_BY = /(?<![\p{L}])(?:a|an|the)\s+\p{Ll}+\s+\p{Ll}+ed\s+by\s+(?:\p{L}+\s+){0,2}$/u;

/** How far back the noun phrase may open. */
const PHRASE_CHARS = 60;

export function byOfParticiple(text: string, m: { start: number }): boolean {
  return NOUN_PARTICIPLE_BY.test(text.slice(Math.max(0, m.start - PHRASE_CHARS), m.start));
}
