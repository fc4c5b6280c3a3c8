/**
 * A number right before the plural noun of a nationality counts people: "mindestens 60 Afghanen",
 * "mehr als 170 Afghanen getötet", "drie Belgen". The gazetteer's demonyms (countries[].demonyms)
 * that are capitalised plural nouns (ending in -en, -er or -s) join the lexicon's count nouns of
 * people; adjectives ("Afghan", "afghanische", "Amerikaanse") stay out, so "13 Amerikaanse
 * militairen" still counts troops.
 */
import type { EventLexicon } from './lexicon.ts';

const PLURAL_NOUN = /^\p{Lu}\p{L}+(?:en|er|s)$/u;

/**
 * The lexicon with the plural demonym nouns among `demonyms` as count nouns of people, and, where
 * `countryOf` (by the demonym in lower case) knows its country, that country's name (`nameOf`)
 * as the one its count is of.
 */
export function withDemonymCounts(
  lexicon: EventLexicon,
  demonyms: Iterable<string>,
  countryOf?: ReadonlyMap<string, string>,
  nameOf: (country: string) => string | undefined = (country) => country,
): EventLexicon {
  const stems = [...new Set([...demonyms].filter((d) => PLURAL_NOUN.test(d)).map((d) => d.toLowerCase()))];
  if (stems.length === 0) return lexicon;
  const nations = new Map<string, string>();
  for (const stem of stems) {
    const country = countryOf?.get(stem);
    const name = country === undefined ? undefined : nameOf(country);
    if (name !== undefined) nations.set(stem, name);
  }
  return { ...lexicon, counts: [...lexicon.counts, { noun: 'people', stems }], nations };
}
