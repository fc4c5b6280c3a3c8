/**
 * "Although the government has quickly lowered LPG prices, anti-government protests continue",
 * "The internet was at least temporarily switched off", "Dozens of police and protesters lost their
 * lives and hundreds were injured in the riots": a happening a report about one country tells with
 * no place of its own, and with no one of another country taking part, happened where the paragraph
 * was, or else in the country the report is about. A reader puts it on the map there. The merge
 * shows these places only for an event none of whose reports names one (merge/home-places.ts).
 */
import type { AnnotatedArticle, AnnotatedSentence, Mention } from '../types.ts';
import type { CountryCounts } from './country-counts.ts';
import type { EventCandidate } from './event-candidate.ts';
import type { CandidateOptions } from './options.ts';

/** What the entity data says of an id: the country a place lies in, the one an actor belongs to, its kind. */
export type HomeLookup = Pick<
  CandidateOptions,
  'countryOfPlace' | 'countryOfActor' | 'kindOf' | 'placeKindOf' | 'countryOfPeople'
>;

/** A saying ("Tokayev says …") was said where its speaker is, not where the report is about. */
const SAYING = 'statement';

/** A report is about the country it names at least this often… */
const MIN_NAMED = 3;
/** …and more than this many times as often as any other: not a German report of Macron's visit put off by riots in France. */
const TIMES_ANY_OTHER = 2;

/** A place's country (ISO code); a country's own code for a country. */
function codeOf(id: string, lookup: HomeLookup): string {
  return lookup.countryOfPlace?.(id) ?? id;
}

/** The places the candidate shows: its own, less those named in another clause or whose people it counts. */
function shownPlaces(c: EventCandidate): readonly string[] {
  return c.places.filter((id) => !c.asidePlaces?.includes(id) && !c.nationals?.includes(id));
}

/**
 * The countries (ISO codes) of the actors taking part: a country, or a body or office holder of one.
 * A body the data lists without a country (the UN Security Council, a militant group, an airline)
 * is of none the report is about: `undefined` among them.
 */
function actorCountries(c: EventCandidate, lookup: HomeLookup): (string | undefined)[] {
  const codes: (string | undefined)[] = [];
  for (const id of c.actors) {
    if (c.nationals?.includes(id)) continue;
    const home = lookup.countryOfActor?.(id);
    const kind = lookup.kindOf?.(id);
    const isPlace = lookup.placeKindOf?.(id) === 'country';
    if (home === undefined && !isPlace && (kind === undefined || kind === 'unknown' || kind === 'person'))
      continue;
    const code = home !== undefined || isPlace ? codeOf(home ?? id, lookup) : undefined;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** Each country a sentence names by its people's word ("Kazakh", "Venezuelan"), once a word. */
function peoplesCountries(s: AnnotatedSentence, lookup: HomeLookup): string[] {
  const codes: string[] = [];
  const people = lookup.countryOfPeople;
  if (people)
    for (const word of s.text.match(/\p{L}+/gu) ?? []) {
      const id =
        word.length > 2 && word[0] !== word[0]?.toLowerCase() ? people(word.toLowerCase()) : undefined;
      if (id !== undefined) codes.push(codeOf(id, lookup));
    }
  return codes;
}

/**
 * The country the report is about: `home`, where the report names it, its places and its people,
 * far more often than any other. "Venezuelan opposition leader González flees to Spain" is about
 * Venezuela as much as Spain: an election it tells with no place is not Spain's.
 */
function reportCountry(
  sentences: readonly AnnotatedSentence[],
  named: CountryCounts,
  home: Mention | undefined,
  lookup: HomeLookup,
): string | undefined {
  if (home?.id === undefined) return undefined;
  const code = codeOf(home.id, lookup);
  const counts = new Map([...named].map(([key, count]) => [key, count.n]));
  for (const s of sentences)
    for (const other of peoplesCountries(s, lookup)) counts.set(other, (counts.get(other) ?? 0) + 1);
  const times = counts.get(code) ?? 0;
  counts.delete(code);
  const most = Math.max(0, ...counts.values());
  return times >= MIN_NAMED && times > TIMES_ANY_OTHER * most ? code : undefined;
}

/**
 * Each candidate that shows no place and in which no one of another country takes part is put on
 * the map in the country the report is about (`home`, the country it names most, see
 * country-reference.ts; `named`, how often it names each, country-counts.ts). A saying gets it
 * only where its speaker is of `home`; a candidate whose paragraph names a place elsewhere
 * (`paragraphPlaces`, the ids of the places each paragraph names) gets none.
 */
export function withHomePlaces(
  candidates: EventCandidate[],
  article: AnnotatedArticle,
  named: CountryCounts,
  home: Mention | undefined,
  paragraphPlaces: (paragraph: string) => readonly string[],
  lookup: HomeLookup,
): EventCandidate[] {
  const code = reportCountry(article.sentences, named, home, lookup);
  if (code === undefined || home?.id === undefined) return candidates;
  // The paragraph names no place of another country, nor does the candidate in any clause.
  const nothingElsewhere = (c: EventCandidate) =>
    [...c.places, ...paragraphPlaces(c.sentence.paragraph)].every((id) => codeOf(id, lookup) === code);
  for (const c of candidates) {
    if (shownPlaces(c).length > 0) continue;
    const countries = actorCountries(c, lookup);
    if (countries.some((other) => other !== code)) continue;
    if (c.kind === SAYING && !countries.includes(code)) continue;
    if (nothingElsewhere(c)) c.homePlaces = [home.id];
  }
  return candidates;
}
