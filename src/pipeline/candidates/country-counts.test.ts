import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { countCountries } from './country-counts.ts';
import { naming } from './test-helpers.ts';

const CODES: Record<string, string> = { kazakhstan: 'KZ', almaty: 'KZ', russia: 'RU' };
const isCountry = (m: Mention) => m.id === 'kazakhstan' || m.id === 'russia';
const codeOf = (id: string) => CODES[id];

describe('how often a report names each country', () => {
  const counts = countCountries(
    [naming('almaty', 'kazakhstan'), naming('north-sea', 'almaty'), naming('russia')],
    isCountry,
    codeOf,
  );

  it.each<[string, string, { n: number; country: boolean; mention?: string }]>([
    ['a town counts for the country it lies in', 'KZ', { n: 3, country: true, mention: 'kazakhstan' }],
    ['a country named once counts once', 'RU', { n: 1, country: true, mention: 'russia' }],
    ['a place of no country counts by its own id, as no country', 'north-sea', { n: 1, country: false }],
  ])('%s', (_, key, expected) => {
    const count = counts.get(key);
    expect({ n: count?.n, country: count?.country, mention: count?.mention?.id }).toEqual(expected);
  });

  it('keeps the countries in the order the report first names them', () => {
    expect([...counts.keys()]).toEqual(['KZ', 'north-sea', 'RU']);
  });
});
