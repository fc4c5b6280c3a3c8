/**
 * A number right before the plural noun of a nationality counts people: "mindestens 60 Afghanen",
 * "mehr als 170 Afghanen getötet", "drie Belgen". The gazetteer's demonyms (countries[].demonyms)
 * that are capitalised plural nouns (ending in -en, -er or -s) join the lexicon's count nouns of
 * people; adjectives ("Afghan", "afghanische", "Amerikaanse") stay out, so "13 Amerikaanse
 * militairen" still counts troops.
 */
import type { EventLexicon } from './lexicon.ts';

const PLURAL_NOUN = /^\p{Lu}\p{L}+(?:en|er|s)$/u;

/** The lexicon with the plural demonym nouns among `demonyms` as count nouns of people. */
export function withDemonymCounts(lexicon: EventLexicon, demonyms: Iterable<string>): EventLexicon {
  const stems = [...new Set([...demonyms].filter((d) => PLURAL_NOUN.test(d)).map((d) => d.toLowerCase()))];
  return stems.length === 0
    ? lexicon
    : { ...lexicon, counts: [...lexicon.counts, { noun: 'people', stems }] };
}
