import { describe, expect, it } from 'vitest';
import { tileOption } from './tiles.ts';

describe('tileOption', () => {
  it.each([
    { name: 'a plain page loads no tiles', search: '', online: false },
    { name: 'an embedder asking for OpenStreetMap gets its tiles', search: '?tiles=osm', online: true },
    {
      name: 'an unknown tile source is ignored, keeping the map offline',
      search: '?tiles=other',
      online: false,
    },
    { name: 'other parameters do not switch tiles on', search: '?data=events.json', online: false },
  ])('$name', ({ search, online }) => {
    expect(tileOption(search) !== null).toBe(online);
  });
});
