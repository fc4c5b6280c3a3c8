/**
 * "Een eerste groep Nederlanders is uit Soedan geëvacueerd": those a measure told apart by who
 * takes it (lexicon `byAgent`: an evacuation) befalls, named as a country's people with no one
 * named to take it, were taken out by their own country. The Dutch evacuees are the Netherlands',
 * no part of the 700 the Bundeswehr flew out.
 */
import { CAPITALISED } from './person-like.ts';
import type { Token } from './tokenize.ts';

/** Plural endings a people's name takes after its singular: "Nederlanders", "Germans", "Briten". */
const PLURAL = /(?:s|n|en)$/;

/**
 * The country (place id) whose people a capitalised word of the sentence names, by
 * `countryOfPeople` of the word or of its singular; undefined when none or several.
 */
export function ownCountry(
  text: string,
  tokens: readonly Token[],
  countryOfPeople: (word: string) => string | undefined,
): string | undefined {
  let found: string | undefined;
  for (const t of tokens) {
    if (!t.letters || !CAPITALISED.test(text.slice(t.start, t.end))) continue;
    const singular = t.word.replace(PLURAL, '');
    const country = countryOfPeople(t.word) ?? (singular !== t.word ? countryOfPeople(singular) : undefined);
    if (country === undefined) continue;
    if (found !== undefined && found !== country) return undefined;
    found = country;
  }
  return found;
}
