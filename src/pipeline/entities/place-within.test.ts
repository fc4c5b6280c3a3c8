import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { withinProblem, type Placed } from './place-within.ts';
import { createEntityStage, type EntityStage } from './stage.ts';

let entities: EntityStage;
beforeAll(() => {
  entities = createEntityStage(loadEntityData('data'));
});

describe('the regions a place lies in, as the gazetteer says', () => {
  it.each<[string, string, string[]]>([
    ['the village the MH17 wreckage fell near lies in the Donetsk region', 'hrabove', ['donetsk-oblast']],
    ['the Donetsk region names no wider region', 'donetsk-oblast', []],
    ['Almaty, a city of its own rank, lies in no region: not in the Almaty region', 'almaty', []],
    [
      'Zhanaozen, where the Kazakh protests began, lies in the Mangystau region',
      'zhanaozen',
      ['mangystau-region'],
    ],
    [
      'Schuld on the Ahr lies in the Ahrweiler district, in Rhineland-Palatinate',
      'schuld',
      ['ahrweiler-district', 'rhineland-palatinate'],
    ],
    ['an id no gazetteer lists lies nowhere', 'atlantis', []],
  ])('%s', (_what, id, within) => {
    expect(entities.within(id)).toEqual(within);
  });
});

describe('an entry whose `in` cannot be read is refused', () => {
  const region: Placed = { id: 'donetsk-oblast', country: 'UA' };
  const byId = (...places: Placed[]) => new Map(places.map((p) => [p.id, p]));
  it.each<[string, Placed, Placed[], string | undefined]>([
    [
      'a village in a listed region of its country is fine',
      { id: 'hrabove', country: 'UA', in: 'donetsk-oblast' },
      [region],
      undefined,
    ],
    [
      'a region nobody listed is named',
      { id: 'hrabove', country: 'UA', in: 'luhansk-oblast' },
      [region],
      'no listed place "luhansk-oblast"',
    ],
    [
      'a region of another country is named',
      { id: 'schuld', country: 'DE', in: 'donetsk-oblast' },
      [region],
      '"donetsk-oblast" lies in UA, not DE',
    ],
    [
      'a place lying in itself is named',
      { id: 'a', in: 'b' },
      [{ id: 'b', in: 'a' }],
      '"a" lies in itself through "b"',
    ],
  ])('%s', (_what, place, others, problem) => {
    expect(withinProblem(place, byId(place, ...others))).toBe(problem);
  });
});
