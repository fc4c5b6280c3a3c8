import { describe, expect, it } from 'vitest';
import { specific, type EntityFacts } from './redate-undated.ts';

describe('which names a happening can anchor by', () => {
  it.each<[string, EntityFacts, boolean]>([
    ['a listed person', { name: 'Mikheil Kavelashvili', kind: 'person' }, true],
    ['an unlisted name', { name: 'Edmundo González', kind: 'unknown' }, true],
    ['an unlisted place', { name: 'Haneda', kind: 'place' }, true],
    ['a town, a point on the map', { name: 'Almaty', point: [43.2567, 76.9286] }, true],
    ['a country', { name: 'Germany', kind: 'country' }, false],
    ['a listed organisation', { name: 'World Health Organization', kind: 'organisation' }, true],
    ['a government, which acts day after day', { name: 'Kazakh government', kind: 'government' }, false],
    ['a medium, which reports day after day', { name: 'Reuters', kind: 'media' }, false],
  ])('%s: %s', (_, facts, anchors) => {
    expect(specific(facts)).toBe(anchors);
  });
});
