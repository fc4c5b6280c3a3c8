import { describe, expect, it } from 'vitest';
import { toGeoJSON } from './geojson.ts';
import { sampleFile } from './sample-file.ts';

describe('toGeoJSON', () => {
  const collection = toGeoJSON(sampleFile());

  it('gives one point per event and place', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.id)).toEqual([
      'e-riots@almaty',
      'e-arrest@almaty',
      'e-arrest@nur-sultan',
      'e-exports@berlin',
    ]);
  });

  it('puts longitude before latitude, as RFC 7946 says', () => {
    const berlin = collection.features.find((f) => f.id === 'e-exports@berlin');
    expect(berlin?.geometry).toEqual({ type: 'Point', coordinates: [13.405, 52.52] });
  });

  it('carries the event’s title, date, precision and sources as properties', () => {
    const arrest = collection.features.find((f) => f.id === 'e-arrest@nur-sultan');
    expect(arrest?.properties).toMatchObject({
      id: 'e-arrest',
      title: 'Former security chief Massimov arrested, "a betrayal"',
      start: '2022-01-03',
      end: '2022-01-08',
      precision: 'week',
      timex3: '2022-W01',
      placeName: 'Nur-Sultan',
      actors: ['Karim Massimov'],
      sources: 1,
      documents: ['doc-en'],
      conflicts: true,
    });
  });

  it('leaves out events that have no place rather than inventing a point', () => {
    const file = sampleFile();
    file.events = file.events.map((e) => ({ ...e, places: [] }));
    expect(toGeoJSON(file).features).toEqual([]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });
});
