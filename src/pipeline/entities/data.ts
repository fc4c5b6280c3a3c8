/**
 * The entity data the stage works from, and the runtime schemas of the two user-editable files
 * data/gazetteer.json and data/actors.json (their format is described in each file's "$comment").
 */
import * as v from 'valibot';
import type { ActorEntry, GazetteerEntry } from '../types.ts';
import type { Lexicon } from './lexicon.ts';
import type { TownList } from './towns.ts';

export interface CountryExtra {
  /** Other names of the country ("Kazakstan", "Qazaqstan"). */
  variants: string[];
  /** Adjectives and nouns of nationality in any language ("Kazakh", "Kazachstaanse", "kasachische"). */
  demonyms: string[];
  /** Overrides the English name taken from i18n-iso-countries (and so the id). */
  name?: string;
  /** The IANA time zone of a country that keeps one ("Europe/Paris"). */
  zone?: string;
}

export interface EntityData {
  places: GazetteerEntry[];
  actors: ActorEntry[];
  /** Demonyms by place id of their country. */
  demonyms: Map<string, string[]>;
  /** IANA time zones by ISO 3166-1 alpha-2 code, of the countries that keep one. */
  zones: Map<string, string>;
  /** Ordinary vocabulary (not names), for the guard rails. */
  lexicon: Lexicon;
  /** Folded abbreviations that name no actor ("gdp", "bip"), from data/actors.json. */
  abbreviations: Set<string>;
  /** Folded nouns that head an organisation's name before "of" ("bank", "university"), from data/actors.json. */
  organisationHeads: Set<string>;
  /** Smaller towns, named only where the sentence says a place is meant. */
  towns: TownList;
}

const text = v.pipe(v.string('must be a string'), v.trim(), v.minLength(1, 'must not be empty'));
const id = v.pipe(
  v.string('must be a string'),
  v.regex(/^[a-z0-9][a-z0-9:-]*$/, 'must be lowercase letters, digits, "-" or ":"'),
);
const texts = v.array(text, 'must be an array of strings');

export const GazetteerPlaceSchema = v.strictObject(
  {
    id,
    name: text,
    names: v.strictObject(
      { en: v.optional(text), nl: v.optional(text), de: v.optional(text) },
      'must be an object with en, nl, de',
    ),
    variants: v.optional(texts, []),
    kind: text,
    lat: v.pipe(
      v.number('must be a number'),
      v.minValue(-90, 'must be ≥ -90'),
      v.maxValue(90, 'must be ≤ 90'),
    ),
    lon: v.pipe(
      v.number('must be a number'),
      v.minValue(-180, 'must be ≥ -180'),
      v.maxValue(180, 'must be ≤ 180'),
    ),
    country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'))),
    in: v.optional(id),
  },
  'must be a place object with id, name, names, variants, kind, lat, lon',
);

export const GazetteerFileSchema = v.object({
  $comment: v.optional(v.unknown()),
  places: v.array(GazetteerPlaceSchema, 'must be an array of places'),
  countries: v.optional(
    v.record(
      v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'keys must be ISO 3166-1 alpha-2 codes')),
      v.strictObject({
        $comment: v.optional(v.unknown()),
        name: v.optional(text),
        variants: v.optional(texts, []),
        demonyms: v.optional(texts, []),
        zone: v.optional(text),
      }),
    ),
    {},
  ),
  cityNames: v.optional(
    v.array(
      v.strictObject(
        {
          country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')),
          name: text,
          names: v.strictObject(
            { en: v.optional(text), nl: v.optional(text), de: v.optional(text) },
            'must be an object with en, nl, de',
          ),
          variants: v.optional(texts, []),
        },
        'must be a city name object with country, name, names, variants',
      ),
      'must be an array of city names',
    ),
    [],
  ),
});

export const ActorSchema = v.strictObject(
  {
    id,
    name: text,
    kind: text,
    aliases: v.optional(texts, []),
    aliasesIn: v.optional(
      v.strictObject(
        { en: v.optional(texts), nl: v.optional(texts), de: v.optional(texts) },
        'must map "en", "nl" or "de" to names',
      ),
    ),
    roles: v.optional(texts),
    instanceOf: v.optional(id),
    country: v.optional(id),
    $comment: v.optional(v.unknown()),
  },
  'must be an actor object with id, name, kind, aliases, aliasesIn, roles, instanceOf, country',
);

export const ActorsFileSchema = v.object({
  $comment: v.optional(v.unknown()),
  actors: v.array(ActorSchema, 'must be an array of actors'),
  abbreviations: v.optional(texts),
  organisationHeads: v.optional(texts),
});

/** "places[3].lat: must be ≥ -90" from a valibot issue. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((p) => ('key' in p ? p.key : undefined))
    .reduce<string>(
      (acc, key) =>
        typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
      '',
    );
  return `${path || '(top level)'}: ${issue.message}`;
}
