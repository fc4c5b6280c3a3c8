/**
 * The second tier of package places: towns too small to be matched by name alone (cities.ts
 * keeps those of MIN_CITY_POPULATION and up), looked up only where the sentence says a place is
 * meant (town-match.ts). Some 20,000 towns: packed in one string, sorted by name, so that the
 * cache reads them back as one string and one array and a lookup is a binary search, with no
 * index built at load time.
 */
import type { GazetteerEntry } from '../types.ts';
import { MIN_CITY_POPULATION, shortName, type CityRow } from './cities.ts';
import { fold, nameTokens } from './text.ts';

/**
 * At 15,000 inhabitants a town is a district seat or a place of its own in the news ("Meppen",
 * "Izyum"); the package has some 20,000 of them between this and MIN_CITY_POPULATION. Below it
 * the count grows fast (32,000 from 10,000, 49,000 from 5,000), with ever more names that are
 * also words or surnames, for places a news story seldom names without its district.
 */
export const MIN_TOWN_POPULATION = 15_000;

export interface Town {
  name: string;
  country: string;
  population: number;
  lat: number;
  lon: number;
}

const TAB = '\t';
const NEWLINE = '\n';

/** Folded tokens joined by a space: what a run of tokens in a sentence is looked up by. */
export function townKey(name: string): string {
  return nameTokens(name).join(' ');
}

export class TownList {
  /**
   * @param text one town a line, "key\tname\tcountry\tpopulation\tlat\tlon", sorted by key
   *   (code unit order), then the most populous first
   * @param starts where each line starts in `text`
   */
  private constructor(
    readonly text: string,
    readonly starts: Int32Array,
  ) {}

  static of(towns: readonly { key: string; town: Town }[]): TownList {
    const sorted = [...towns].sort(
      (a, b) =>
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
        b.town.population - a.town.population ||
        (a.town.country < b.town.country ? -1 : a.town.country > b.town.country ? 1 : 0),
    );
    const starts = new Int32Array(sorted.length);
    let at = 0;
    const lines = sorted.map(({ key, town: t }, i) => {
      const line = [key, t.name, t.country, t.population, t.lat, t.lon].join(TAB) + NEWLINE;
      starts[i] = at;
      at += line.length;
      return line;
    });
    return new TownList(lines.join(''), starts);
  }

  /** A list from the `text` and `starts` of another. */
  static from(text: string, starts: Int32Array): TownList {
    return new TownList(text, starts);
  }

  get size(): number {
    return this.starts.length;
  }

  private keyAt(i: number): string {
    const start = this.starts[i] as number;
    return this.text.slice(start, this.text.indexOf(TAB, start));
  }

  /** The towns called `key` (see townKey), most populous first. */
  named(key: string): Town[] {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.keyAt(mid) < key) low = mid + 1;
      else high = mid;
    }
    const towns: Town[] = [];
    for (let i = low; i < this.starts.length && this.keyAt(i) === key; i++) {
      const start = this.starts[i] as number;
      const [, name = '', country = '', population, lat, lon] = this.text
        .slice(start, this.text.indexOf(NEWLINE, start))
        .split(TAB);
      towns.push({ name, country, population: Number(population), lat: Number(lat), lon: Number(lon) });
    }
    return towns;
  }
}

/**
 * Towns of `minPopulation` up to the cities' threshold, under their name and short name
 * ("Frankfurt" for Frankfurt (Oder)), leaving out every name a city already answers to: a town
 * never takes a name from a city. Towns that share a name are all kept, for the sentence's
 * context to choose from.
 */
export function worldTowns(
  rows: readonly CityRow[],
  cities: readonly GazetteerEntry[],
  minPopulation: number = MIN_TOWN_POPULATION,
): TownList {
  const claimed = new Set<string>();
  for (const c of cities) for (const n of [c.name, ...c.variants]) claimed.add(townKey(n));
  const towns: { key: string; town: Town }[] = [];
  for (const r of rows) {
    if (r.population < minPopulation || r.population >= MIN_CITY_POPULATION) continue;
    if (!/^[A-Z]{2}$/.test(r.country)) continue;
    const [lon, lat] = r.loc.coordinates;
    const town: Town = {
      name: r.name,
      country: r.country,
      population: r.population,
      lat: Math.round(lat * 1e4) / 1e4,
      lon: Math.round(lon * 1e4) / 1e4,
    };
    const short = shortName(r.name);
    for (const name of short && fold(short) !== fold(r.name) ? [r.name, short] : [r.name]) {
      const key = townKey(name);
      if (key && !claimed.has(key)) towns.push({ key, town });
    }
  }
  return TownList.of(towns);
}
