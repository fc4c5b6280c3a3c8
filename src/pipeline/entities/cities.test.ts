import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../types.ts';
import { mergeCities, shortName, worldCities, type CityRow } from './cities.ts';
import { cityRow as row } from './test-support.ts';

const rows = [
  row('Valencia', 'ES', 800_000),
  row('Valencia', 'VE', 1_400_000),
  row('Vaduz', 'LI', 5_000, 'PPLC'),
  row('Kleinstadt', 'DE', 20_000),
  row('Córdoba', 'AR', 1_400_000),
  row('Cordoba', 'MX', 150_000),
  row('Munich', 'DE', 1_260_000),
  row('Almaty', 'KZ', 2_000_000),
  row('Halle (Saale)', 'DE', 234_000),
  row('Halle', 'BE', 120_000),
  row('Frankfurt am Main', 'DE', 650_000),
  row('Neustadt (Hessen)', 'DE', 100_000),
  row('Neustadt an der Weinstraße', 'DE', 160_000),
];

describe('worldCities keeps the larger cities of the package', () => {
  const cities = worldCities(rows);
  const byName = (name: string) => cities.filter((c) => c.name === name);

  it.each([
    ['a city of 1.4 million is kept with its country and population', 'Córdoba', 'AR'],
    ['a capital of 5,000 is kept for being a capital', 'Vaduz', 'LI'],
    ['of two cities named Valencia the more populous is kept', 'Valencia', 'VE'],
  ])('%s', (_, name, country) => {
    expect(byName(name).map((c) => c.country)).toEqual([country]);
  });

  it('leaves out a town of 20,000 that is no capital', () => {
    expect(byName('Kleinstadt')).toEqual([]);
  });

  it.each([
    ['"Halle" is Halle (Saale), more populous than the Halle in Belgium', 'halle', 'Halle (Saale)'],
    ['"Frankfurt" is Frankfurt am Main', 'frankfurt', 'Frankfurt am Main'],
    ['"Neustadt" is the larger Neustadt an der Weinstraße', 'neustadt', 'Neustadt an der Weinstraße'],
  ])('answers to a short name: %s', (_, short, name) => {
    const bearers = cities.filter((c) => [c.name, ...c.variants].some((n) => n.toLowerCase() === short));
    expect(bearers.map((c) => c.name)).toEqual([name]);
  });

  it('marks each city as unchecked package data of kind city', () => {
    expect(byName('Munich')[0]).toMatchObject({ kind: 'city', origin: 'package', population: 1_260_000 });
  });
});

describe('shortName drops the qualifier that tells namesakes apart', () => {
  it.each([
    ['Halle (Saale)', 'Halle'],
    ['Frankfurt (Oder)', 'Frankfurt'],
    ['Marburg an der Lahn', 'Marburg'],
    ['Garching bei München', 'Garching'],
    ['Valencia', undefined],
    ['Minyat an Naşr', undefined],
  ])('"%s" is written "%s" in articles', (name, short) => {
    expect(shortName(name)).toBe(short);
  });
});

describe('mergeCities puts package cities under the curated data', () => {
  const curated: GazetteerEntry[] = [
    { id: 'almaty', name: 'Almaty', names: { en: 'Almaty' }, variants: [], kind: 'city', lat: 43, lon: 77 },
    { id: 'munich', name: 'Munich Airport', names: {}, variants: [], kind: 'landmark', lat: 48, lon: 11 },
  ];
  const exonyms = [
    { country: 'DE', name: 'Munich', names: { nl: 'München', de: 'München' }, variants: ['Muenchen'] },
    { country: 'IT', name: 'Atlantis', names: { de: 'Atlantis' }, variants: [] },
  ];
  const { places, unmatched } = mergeCities(worldCities(rows), curated, exonyms);

  it.each([
    ['a curated place of the same name wins over the package city', 'Almaty', undefined],
    ['a package city whose id is taken gets its country code', 'Munich', 'munich-de'],
  ])('%s', (_, name, id) => {
    expect(places.find((p) => p.name === name)?.id).toBe(id);
  });

  it('adds the Dutch and German names the data list for a package city', () => {
    expect(places.find((p) => p.name === 'Munich')).toMatchObject({
      names: { en: 'Munich', nl: 'München', de: 'München' },
      variants: ['Muenchen'],
    });
  });

  it('reports a listed exonym that names no package city', () => {
    expect(unmatched.map((u) => u.name)).toEqual(['Atlantis']);
  });
});

describe('a city GeoNames transliterates keeps the name English news gives it', () => {
  const rows: CityRow[] = [
    {
      name: 'Rostov-na-Donu',
      altName: '',
      country: 'RU',
      featureCode: 'PPLA',
      population: 1_074_482,
      loc: { coordinates: [39.7015, 47.2313] },
    },
  ];
  const exonyms = [
    {
      country: 'RU',
      name: 'Rostov-na-Donu',
      names: { en: 'Rostov-on-Don', nl: 'Rostov aan de Don', de: 'Rostow am Don' },
      variants: ['Rostov'],
    },
  ];
  const [city] = mergeCities(worldCities(rows), [], exonyms).places;
  it.each([
    ['the map and titles name it as English reports do', city?.name, 'Rostov-on-Don'],
    ['a Dutch report names it as Dutch news does', city?.names.nl, 'Rostov aan de Don'],
    ['a text using the transliteration still finds it', city?.variants.includes('Rostov-na-Donu'), true],
  ])('%s', (_what, got, want) => {
    expect(got).toBe(want);
  });
});
