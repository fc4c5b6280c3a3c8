import { describe, expect, it } from 'vitest';
import { sharedPlaces, widerPlaces, type WithinOf } from './places-met.ts';

/** What the gazetteer says these places lie in (data/gazetteer.json `in`). */
const within: Record<string, string[]> = {
  hrabove: ['donetsk-oblast'],
  torez: ['donetsk-oblast'],
};
const withinOf: WithinOf = (id) => within[id] ?? [];
const report = (...places: string[]) => ({ places, wider: widerPlaces(places, withinOf) });

describe('places two reports share, a place and the region holding it being one', () => {
  it.each<[string, string[], string[], number]>([
    [
      '"als sie in der Region Donezk abstürzte" and "stortte neer bij het dorp Hrabove" share a place',
      ['donetsk-oblast'],
      ['hrabove'],
      1,
    ],
    [
      'the village and its region, told the other way round, share a place',
      ['hrabove'],
      ['donetsk-oblast'],
      1,
    ],
    ['Hrabove and Torez, side by side in one region, are two places', ['hrabove'], ['torez'], 0],
    [
      'a report of Hrabove and its region shares no place with one of Torez',
      ['hrabove', 'donetsk-oblast'],
      ['torez'],
      0,
    ],
    [
      '"in der Region Donezk" is no place of "in Oekraïne": a country holds too much to say so',
      ['donetsk-oblast'],
      ['ukraine'],
      0,
    ],
    ['"in het zuiden van Peru" is not Andahuaylas', ['peru'], ['andahuaylas'], 0],
    [
      'Almaty and the Almaty region around it, which the gazetteer does not say holds it, are two places',
      ['almaty'],
      ['almaty-region'],
      0,
    ],
    [
      'a place named by both is counted as before, once for each',
      ['hrabove', 'ukraine'],
      ['hrabove', 'ukraine'],
      2,
    ],
    ['a report naming no place shares none', [], ['hrabove'], 0],
  ])('%s', (_what, a, b, shared) => {
    expect(sharedPlaces(report(...a), report(...b))).toBe(shared);
  });

  it('the region holding two of a report’s places is listed once', () => {
    expect(widerPlaces(['hrabove', 'torez'], withinOf)).toEqual(['donetsk-oblast']);
  });
});
