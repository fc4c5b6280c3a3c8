import type { EventLexicon } from './lexicon.ts';

/** What the candidates stage asks the entity stage and the data files. */
export interface CandidateOptions {
  lexicon?: EventLexicon;
  /** English display name of a place or actor id (the entity stage's place()/actor()). */
  nameOf?: (id: string) => string | undefined;
  /** Kind of an actor id ("person", "country", "government"…), from the entity stage's actor(). */
  kindOf?: (id: string) => string | undefined;
  /** Kind of a place id ("city", "region", "country"…), from the gazetteer. */
  placeKindOf?: (id: string) => string | undefined;
  /** The country (ISO 3166-1 alpha-2) a place id lies in, a country's own code for a country, from the gazetteer. */
  countryOfPlace?: (id: string) => string | undefined;
  /**
   * The place id of the country an actor belongs to (data/actors.json `country`: Iran's morality
   * police's) or serves, its roles' where it gives none ("President of Kazakhstan").
   */
  countryOfActor?: (id: string) => string | undefined;
  /** The place id of the country whose people a lowercased demonym names ("nederlander", "german"). */
  countryOfPeople?: (word: string) => string | undefined;
}
