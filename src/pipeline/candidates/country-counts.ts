/**
 * How often a report names each country, by the country's own name or by a place in it. Counted
 * once per report: the country a common noun stands for ("the country", country-reference.ts) and
 * the country a report is about for the map (home-places.ts) both read it.
 */
import type { AnnotatedSentence, Mention } from '../types.ts';

export interface CountryCount {
  /** Times named, by its own name or by a place that lies in it. */
  n: number;
  /** Where the report first names the country itself. */
  mention?: Mention;
  /**
   * A country: the gazetteer gives the place's country, or the place is one. A place of no known
   * country (a sea, a region the gazetteer leaves unplaced) is counted by its own id.
   */
  country: boolean;
}

/** By country code (or a place of no country's own id), in the order first named. */
export type CountryCounts = ReadonlyMap<string, CountryCount>;

export function countCountries(
  sentences: readonly AnnotatedSentence[],
  isCountry: (m: Mention) => boolean,
  codeOf: (id: string) => string | undefined = () => undefined,
): CountryCounts {
  const counts = new Map<string, CountryCount>();
  for (const s of sentences)
    for (const m of s.mentions) {
      if (m.kind !== 'place' || m.id === undefined) continue;
      const isOne = isCountry(m);
      const code = codeOf(m.id);
      const key = code ?? m.id;
      const seen = counts.get(key) ?? { n: 0, country: code !== undefined || isOne };
      seen.n++;
      if (isOne) seen.mention ??= m;
      counts.set(key, seen);
    }
  return counts;
}
