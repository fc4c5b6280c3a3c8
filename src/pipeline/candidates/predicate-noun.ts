/**
 * A happening's noun that says what something was names no happening of its own: Kishida "said it
 * was an attack on democracy", "zei dat het een aanval op de democratie was", "sagte, es sei ein
 * Angriff auf die Demokratie". It judges what the report told before.
 */
import type { TriggerHit } from './happenings.ts';

/** "it was an", "het was een", "es sei ein", with up to one adjective, right before the noun. */
const IT_WAS =
  /(?<![\p{L}])(?:(?:it|this|that)\s+(?:was|is|had\s+been|has\s+been)\s+(?:an?|the)|(?:het|dit|dat)\s+(?:was|is)\s+(?:een|de)|(?:es|das|dies)\s+(?:sei|war|ist)\s+(?:ein|eine|einen|der|die|das))\s+(?:\p{L}+\s+)?$/iu;

/** Dutch puts the verb last: "dat het een aanval op de democratie was". */
const IT_A = /(?<![\p{L}])(?:dat|omdat)\s+(?:het|dit)\s+(?:een|de)\s+(?:\p{L}+\s+)?$/iu;
const WAS_AFTER = /^[^,.;:]*?\s(?:was|is|zou\s+zijn)(?![\p{L}])/iu;

/** Whether the hit at `h` is the noun of "it was a …". */
function judged(h: TriggerHit, text: string): boolean {
  const before = text.slice(Math.max(0, h.start - 40), h.start);
  return IT_WAS.test(before) || (IT_A.test(before) && WAS_AFTER.test(text.slice(h.end)));
}

/** The hits of a sentence but the nouns that say what something was; statements stay. */
export function withoutPredicateNouns(hits: TriggerHit[], text: string): TriggerHit[] {
  return hits.filter((h) => h.kind === 'statement' || !judged(h, text));
}
