import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';

const actors = { actors: [{ id: 'x', name: 'X Y', kind: 'person', aliases: [] }] };
const place = {
  id: 'almaty',
  name: 'Almaty',
  names: { en: 'Almaty' },
  variants: [],
  kind: 'city',
  lat: 43.2,
  lon: 76.9,
};

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function dir(gazetteer: unknown, actorsFile: unknown = actors): string {
  const d = mkdtempSync(join(tmpdir(), 'entities-'));
  made.push(d);
  writeFileSync(
    join(d, 'gazetteer.json'),
    typeof gazetteer === 'string' ? gazetteer : JSON.stringify(gazetteer),
  );
  writeFileSync(join(d, 'actors.json'), JSON.stringify(actorsFile));
  return d;
}

describe('loadEntityData on the bundled data', () => {
  const data = loadEntityData('data');
  const byId = new Map(data.places.map((p) => [p.id, p]));

  it('has the 17 regions of Kazakhstan', () => {
    expect(data.places.filter((p) => p.kind === 'region' && p.country === 'KZ')).toHaveLength(17);
  });

  it('adds the world’s countries with Dutch and German names and a point inside them', () => {
    expect(byId.get('kazakhstan')).toMatchObject({
      names: { nl: 'Kazachstan', de: 'Kasachstan' },
      country: 'KZ',
    });
    expect(byId.get('kazakhstan')?.lat).toBeGreaterThan(40);
    expect(byId.get('france')?.lon).toBeGreaterThan(-5);
    expect(data.places.filter((p) => p.kind === 'country').length).toBeGreaterThan(200);
  });

  it('names the United Kingdom as the data file overrides it', () => {
    expect(byId.get('united-kingdom')?.variants).toContain('Great Britain');
  });

  it('keeps demonyms by country', () => {
    expect(data.demonyms.get('kazakhstan')).toContain('Kazachstaanse');
  });
});

describe('loadEntityData errors name the file, the field and the reason', () => {
  it.each([
    [{ places: [{ ...place, lat: 123 }] }, /gazetteer\.json: places\[0\]\.lat: must be ≤ 90/],
    [{ places: [{ ...place, id: 'Almaty City' }] }, /gazetteer\.json: places\[0\]\.id: must be lowercase/],
    [{ places: [place, place] }, /gazetteer\.json: places\[1\]\.id: "almaty" is used twice/],
    [
      { places: [place], countries: { XX: { demonyms: ['Xish'] } } },
      /gazetteer\.json: countries\.XX: no such country/,
    ],
    ['{ "places": [', /gazetteer\.json: is not valid JSON/],
    [
      { places: [{ ...place, in: 'almaty-region' }] },
      /gazetteer\.json: places\[0\]\.in: no listed place "almaty-region"/,
    ],
  ])('rejects %j', (gazetteer, message) => {
    expect(() => loadEntityData(dir(gazetteer))).toThrow(message);
  });

  it('rejects an actor without a kind', () => {
    const d = dir({ places: [place] }, { actors: [{ id: 'x', name: 'X', aliases: [] }] });
    expect(() => loadEntityData(d)).toThrow(/actors\.json: actors\[0\]\.kind/);
  });

  const ministry = { id: 'interior-ministry', name: 'Interior Ministry', kind: 'government', aliases: [] };
  it.each([
    [{ instanceOf: 'interior-ministry' }, /actors\.json: actors\[1\]\.country: instanceOf needs the country/],
    [{ country: 'almaty' }, /actors\.json: actors\[1\]\.country: no country "almaty"/],
    [
      { instanceOf: 'no-such-actor', country: 'kazakhstan' },
      /actors\[1\]\.instanceOf: no actor "no-such-actor"/,
    ],
    [{ instanceOf: 'interior-ministry', country: 'almaty' }, /actors\[1\]\.country: no country "almaty"/],
  ])('rejects a country’s institution with %j', (fields, message) => {
    const local = {
      id: 'local-ministry',
      name: 'Local Ministry',
      kind: 'government',
      aliases: [],
      ...fields,
    };
    const d = dir({ places: [place] }, { actors: [ministry, local] });
    expect(() => loadEntityData(d)).toThrow(message);
  });

  it('keeps the country an organisation belongs to, given without instanceOf', () => {
    const police = { id: 'morality-police', name: 'Morality Police', kind: 'agency', country: 'kazakhstan' };
    const d = dir({ places: [place] }, { actors: [police] });
    expect(loadEntityData(d).actors.find((a) => a.id === 'morality-police')?.country).toBe('kazakhstan');
  });

  it('rejects names for a language the pipeline does not read, naming the field', () => {
    const navy = { id: 'navy', name: 'Navy', kind: 'agency', aliasesIn: { fr: ['Marine'] } };
    const d = dir({ places: [place] }, { actors: [navy] });
    expect(() => loadEntityData(d)).toThrow(
      /actors\.json: actors\[0\]\.aliasesIn\.fr: must map "en", "nl" or "de" to names/,
    );
  });

  it('reports a missing file', () => {
    expect(() => loadEntityData(join(tmpdir(), 'no-such-dir'))).toThrow(
      /gazetteer\.json: cannot be read \(ENOENT\)/,
    );
  });
});
