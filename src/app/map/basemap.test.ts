import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBasemap } from './basemap.ts';

const committed = readFileSync('public/basemap.json', 'utf8');
const fetchCommitted = (async () => new Response(committed)) as typeof fetch;

describe('the committed basemap', async () => {
  const basemap = await loadBasemap('basemap.json', fetchCommitted);
  const ids = (c: typeof basemap.countries) => c.features.map((f) => f.properties.id);

  it.each(['KZ', 'RU', 'CN', 'KG', 'UZ', 'TM', 'DE', 'US'])('has the country %s', (id) => {
    expect(ids(basemap.countries)).toContain(id);
  });

  it('has Kazakhstan’s regions, including the cities of Almaty and Astana', () => {
    const names = basemap.regions.features.map((f) => f.properties.name);
    expect(names.length).toBeGreaterThanOrEqual(14);
    expect(names).toEqual(expect.arrayContaining(['Almaty', 'Nur-Sultan', 'Mangystau', 'East Kazakhstan']));
    expect(new Set(basemap.regions.features.map((f) => f.properties.country))).toEqual(new Set(['KZ']));
  });

  it('stays small enough to fetch quickly (under 120 KB before compression)', () => {
    expect(committed.length).toBeLessThan(120_000);
  });
});

describe('loadBasemap', () => {
  it.each([
    {
      name: 'a missing file names the file and the status',
      body: 'x',
      status: 404,
      message: /basemap.json: 404/,
    },
    {
      name: 'a file that is not a basemap says so',
      body: '{"type":"Topology","objects":{}}',
      status: 200,
      message: /not a basemap/,
    },
  ])('$name', async ({ body, status, message }) => {
    const fetchFn = (async () => new Response(body, { status })) as typeof fetch;
    await expect(loadBasemap('basemap.json', fetchFn)).rejects.toThrow(message);
  });
});
