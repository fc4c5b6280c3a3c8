/**
 * "UBS agreed on Sunday to buy Credit Suisse … in a deal engineered by Swiss authorities", "a
 * ceasefire brokered by Qatar": "by" after a noun and its participle names who made that noun's
 * thing, not who did the sentence's verb.
 */

/** An article, a noun, a participle in -ed and "by", then up to two words (a title) before the name. */
const NOUN_PARTICIPLE_BY = /(?<![\p{L}])(?:a|an|the)\s+\p{Ll}+\s+\p{Ll}+ed\s+by\s+(?:\p{L}+\s+){0,2}$/u;

/** How far back the noun phrase may open. */
const PHRASE_CHARS = 60;

/**
 * Whether the name `m` after such a "by" is no doer of the happening whose trigger starts at
 * `trigger`: it made the noun's thing, so it is the doer of that thing alone ("a deal brokered by
 * Lukashenko" is Lukashenko's deal, but "Prigozhin orders his fighters to turn back after" it).
 */
export function byOfParticiple(text: string, m: { start: number }, trigger: number): boolean {
  const from = Math.max(0, m.start - PHRASE_CHARS);
  const phrase = NOUN_PARTICIPLE_BY.exec(text.slice(from, m.start));
  return phrase !== null && trigger < from + phrase.index;
}
