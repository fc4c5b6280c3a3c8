import { describe, expect, it } from 'vitest';
import { worldCities } from './cities.ts';
import { cityRow } from './test-support.ts';
import { TownList, townKey, worldTowns } from './towns.ts';

const row = (name: string, country: string, population: number, featureCode?: string) =>
  cityRow(name, country, population, featureCode, [7.2912, 52.69061]);

const rows = [
  row('Meppen', 'DE', 34_000),
  row('Halle (Saale)', 'DE', 234_000),
  row('Halle', 'BE', 34_000),
  row('Frankfurt (Oder)', 'DE', 52_000),
  row('Schwedt (Oder)', 'DE', 38_000),
  row('Springfield', 'US', 160_000),
  row('Springfield', 'US', 60_000),
  row('Richmond', 'GB', 20_000),
  row('Richmond', 'CA', 80_000),
  row('Vaduz', 'LI', 5_000, 'PPLC'),
  row('Stroe', 'NL', 1_200),
];
const towns = worldTowns(rows, worldCities(rows));
const countriesOf = (name: string): string[] => towns.named(townKey(name)).map((t) => t.country);

describe('worldTowns keeps the towns below the cities', () => {
  it.each([
    ['a town of 34,000 is kept', 'Meppen', ['DE']],
    ['a village of 1,200 is left out', 'Stroe', []],
    ['a name a larger city answers to stays the city’s', 'Halle', []],
    ['a short name no city answers to is the town’s', 'Schwedt', ['DE']],
    ['a town that shares its name with a city is left out', 'Springfield', []],
    ['towns sharing a name are all kept, the most populous first', 'Richmond', ['CA', 'GB']],
    ['a capital is a city, whatever its size', 'Vaduz', []],
  ])('%s: %s', (_, name, countries) => {
    expect(countriesOf(name)).toEqual(countries);
  });

  it('gives each town its country, population and rounded coordinates', () => {
    expect(towns.named('meppen')).toEqual([
      { name: 'Meppen', country: 'DE', population: 34_000, lat: 52.6906, lon: 7.2912 },
    ]);
  });

  it('reads back from its text and line starts as it was', () => {
    const read = TownList.from(towns.text, towns.starts);
    expect(read.named('richmond')).toEqual(towns.named('richmond'));
    expect(read.named('nowhere')).toEqual([]);
  });
});
