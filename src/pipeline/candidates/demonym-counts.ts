/**
 * A number right before the plural noun of a nationality counts people: "mindestens 60 Afghanen",
 * "mehr als 170 Afghanen getötet", "drie Belgen". The gazetteer's demonyms (countries[].demonyms)
 * that are capitalised plural nouns (ending in -en, -er or -s) join the lexicon's count nouns of
 * people. Capitalised demonyms of other forms ("Deutsche", "Spanish", "Amerikaanse") are adjectives
 * too: they join as bare count nouns, which count only where no noun follows them, so "13
 * Amerikaanse militairen" still counts troops.
 */
import type { EventLexicon } from './lexicon.ts';

const PLURAL_NOUN = /^\p{Lu}\p{L}+(?:en|er|s)$/u;
/** A capitalised demonym of another form: an adjective written as a noun ("72 Deutsche", "51 Spanish"). */
const CAPITALISED = /^\p{Lu}\p{L}+$/u;

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
  const all = [...demonyms];
  const stems = [...new Set(all.filter((d) => PLURAL_NOUN.test(d)).map((d) => d.toLowerCase()))];
  if (stems.length === 0) return lexicon;
  const nouns = new Set(stems);
  const bare = [...new Set(all.filter((d) => CAPITALISED.test(d)).map((d) => d.toLowerCase()))].filter(
    (d) => !nouns.has(d),
  );
  const nations = new Map<string, string>();
  for (const stem of [...stems, ...bare]) {
    const country = countryOf?.get(stem);
    const name = country === undefined ? undefined : nameOf(country);
    if (name !== undefined) nations.set(stem, name);
  }
  const counts = [...lexicon.counts, { noun: 'people', stems }];
  if (bare.length > 0) counts.push({ noun: 'people', stems: bare, bare: true });
  return { ...lexicon, counts, nations };
}
