/**
 * The world's countries as gazetteer entries, generated from maintained packages:
 * names in en/nl/de (with their alternatives) from i18n-iso-countries, and a point from
 * world-atlas (Natural Earth): the centroid of the country's largest polygon, so that
 * France is not placed in the Atlantic by its overseas departments.
 */
import { createRequire } from 'node:module';
import type * as IsoCountries from 'i18n-iso-countries';
// d3-geo alone, not all of d3: importing d3 cost every run a tenth of a second of start-up.
import { geoArea, geoCentroid } from 'd3-geo';
import type * as TopojsonClient from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { LANGS, type Lang } from '../langs.ts';
import type { GazetteerEntry } from '../types.ts';
import type { CountryExtra } from './data.ts';
import { slug } from './text.ts';

const require = createRequire(import.meta.url);

let registered: typeof IsoCountries | undefined;

/**
 * i18n-iso-countries with the languages read, loaded when first needed: only a run that derives the
 * package data anew (package-data.ts) asks, and importing it cost every other run 90 million instructions.
 */
function isoCountries(): typeof IsoCountries {
  if (registered) return registered;
  const countries: typeof IsoCountries = require('i18n-iso-countries');
  for (const lang of LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  registered = countries;
  return countries;
}

/** Centroid of the largest polygon of each country, by ISO 3166-1 numeric code. */
function centroids(): Map<string, [number, number]> {
  const topo = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
  // Required here, as i18n-iso-countries is: only a run deriving the package data anew needs it.
  const { feature }: typeof TopojsonClient = require('topojson-client');
  const out = new Map<string, [number, number]>();
  const fc = feature(topo, topo.objects.countries);
  for (const f of fc.features as Feature<Polygon | MultiPolygon>[]) {
    if (f.id === undefined || !f.geometry) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let best: Polygon | undefined;
    let bestArea = -1;
    for (const coordinates of polygons) {
      const polygon: Polygon = { type: 'Polygon', coordinates };
      const area = geoArea(polygon);
      if (area > bestArea) [best, bestArea] = [polygon, area];
    }
    if (best) out.set(String(f.id).padStart(3, '0'), geoCentroid(best));
  }
  return out;
}

/** A name fit to show: not an acronym, not an inverted "Korea, Republic of". */
function displayable(name: string): boolean {
  return !name.includes(',') && !/^[A-Z.]+$/.test(name);
}

function shortest(names: string[]): string | undefined {
  return names.filter(displayable).sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
}

/**
 * The head of an inverted name ("Moldova, Republic of" → "Moldova", "Syrien, Arabische
 * Republik" → "Syrien") is what articles write, but only where no other country shares it:
 * "Korea, Republic of" and "Virgin Islands, British" stay out.
 */
function invertedHeads(all: Record<string, Record<string, string[]>>): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  const own = (name: string, alpha2: string): void => {
    const set = owners.get(name) ?? new Set<string>();
    set.add(alpha2);
    owners.set(name, set);
  };
  for (const byCode of Object.values(all)) {
    for (const [alpha2, names] of Object.entries(byCode)) {
      for (const n of names) own(n.split(',')[0]?.trim() ?? n, alpha2);
    }
  }
  // "Korea" is also part of "North Korea": a head inside another country's name is ambiguous.
  const partOfOther = (head: string, alpha2: string): boolean =>
    [...owners].some(
      ([name, codes]) => !codes.has(alpha2) && ` ${name.replace(/-/g, ' ')} `.includes(` ${head} `),
    );
  const heads = new Map<string, string[]>();
  for (const byCode of Object.values(all)) {
    for (const [alpha2, names] of Object.entries(byCode)) {
      for (const n of names) {
        const head = n.includes(',') ? n.split(',')[0]?.trim() : undefined;
        if (head && owners.get(head)?.size === 1 && !partOfOther(head, alpha2))
          heads.set(alpha2, [...(heads.get(alpha2) ?? []), head]);
      }
    }
  }
  return heads;
}

/** What the packages say of one country: its point and its names. */
export interface CountryNames {
  alpha2: string;
  lat: number;
  lon: number;
  /** Every name in en, nl and de, alternatives included, in that order. */
  all: string[];
  /** The shortest name fit to show, by language. */
  shortest: Partial<Record<Lang, string>>;
  /** Heads of inverted names ("Syria" of "Syrian Arab Republic"'s "Syrien, Arabische Republik"). */
  inverted: string[];
}

/** Every country that has a point, by alpha-2 code; slow (a 750 kB map), so cached (package-data.ts). */
export function countryNames(): CountryNames[] {
  const countries = isoCountries();
  const points = centroids();
  const all = Object.fromEntries(LANGS.map((l) => [l, countries.getNames(l, { select: 'all' })]));
  const heads = invertedHeads(all);
  const out: CountryNames[] = [];
  for (const alpha2 of Object.keys(countries.getAlpha2Codes()).sort()) {
    const point = points.get(countries.alpha2ToNumeric(alpha2) ?? '');
    if (!point) continue;
    const namesIn = (l: Lang): string[] => all[l]?.[alpha2] ?? [];
    const inverted = heads.get(alpha2) ?? [];
    out.push({
      alpha2,
      lat: Math.round(point[1] * 1e4) / 1e4,
      lon: Math.round(point[0] * 1e4) / 1e4,
      all: LANGS.flatMap(namesIn),
      shortest: Object.fromEntries(LANGS.map((l) => [l, shortest(namesIn(l)) ?? shortest(inverted)])),
      inverted,
    });
  }
  return out;
}

/** The countries as gazetteer entries, with the names and variants data/gazetteer.json adds. */
export function worldCountries(
  known: readonly CountryNames[],
  extras: Record<string, CountryExtra>,
): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const { alpha2, lat, lon, all, shortest, inverted } of known) {
    const extra = extras[alpha2];
    const en = extra?.name ?? shortest.en;
    if (!en) continue;
    const { nl, de } = shortest;
    const variants = new Set([...all, ...inverted, ...(extra?.variants ?? [])]);
    for (const n of [en, nl, de]) if (n) variants.delete(n);
    entries.push({
      id: slug(en),
      name: en,
      names: { en, ...(nl ? { nl } : {}), ...(de ? { de } : {}) },
      variants: [...variants].filter((n) => !n.includes(',')),
      kind: 'country',
      lat,
      lon,
      country: alpha2,
    });
  }
  return entries;
}
