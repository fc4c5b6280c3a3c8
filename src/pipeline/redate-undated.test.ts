import { describe, expect, it } from 'vitest';
import { specific, type EntityFacts } from './redate-undated.ts';

describe('which names a happening can anchor by', () => {
  it.each<[string, EntityFacts, boolean]>([
    ['a listed person', { name: 'Mikheil Kavelashvili', kind: 'person' }, true],
    ['an unlisted name', { name: 'Edmundo González', kind: 'unknown' }, true],
    ['an unlisted place', { name: 'Haneda', kind: 'place' }, true],
    ['a town, a point on the map', { name: 'Almaty', point: [43.2567, 76.9286] }, true],
    ['a country', { name: 'Germany', kind: 'country' }, false],
    ['an organisation', { name: 'Collective Security Treaty Organization', kind: 'organisation' }, false],
  ])('%s: %s', (_, facts, anchors) => {
    expect(specific(facts)).toBe(anchors);
  });
});
