/**
 * The countries a document names, for telling apart the stories of a folder: Southport's riots
 * name places in Britain only, the protests after Venezuela's election Caracas, Venezuela and its
 * neighbours. A report of one and a report of the other are two happenings however alike their
 * words ("three girls were killed", "At least 11 people were killed in the protests").
 */
import type { AnnotatedSentence } from './types.ts';

/** The country (ISO 3166-1 alpha-2) a place id lies in, a country's own code for a country, where the gazetteer says. */
export type CountryOfPlace = (placeId: string) => string | undefined;

const NONE: readonly string[] = [];

/** Each country the document's places lie in, once, in the order first named. */
export function documentCountries(
  sentences: readonly AnnotatedSentence[],
  countryOf: CountryOfPlace,
): readonly string[] {
  let found: string[] | undefined;
  for (const sentence of sentences)
    for (const mention of sentence.mentions) {
      if (mention.kind !== 'place' || mention.id === undefined) continue;
      const country = countryOf(mention.id);
      if (country === undefined) continue;
      found ??= [];
      if (!found.includes(country)) found.push(country);
    }
  return found ?? NONE;
}
