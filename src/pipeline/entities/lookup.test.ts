import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { entityLookup, type LookedUp } from './lookup.ts';
import { createEntityStage } from './stage.ts';

let lookup: (id: string) => LookedUp;
beforeAll(() => {
  lookup = entityLookup(createEntityStage(loadEntityData('data')));
});

describe('what titles and the merge know of an id', () => {
  it('a president is named by his canonical English name and is a person', () => {
    expect(lookup('tokayev')).toMatchObject({ name: 'Kassym-Jomart Tokayev', kind: 'person' });
  });

  it('a city lies at a point in its country', () => {
    const almaty = lookup('almaty');
    expect(almaty).toMatchObject({ name: 'Almaty', placeKind: 'city', country: 'KZ' });
    expect(almaty.point).toHaveLength(2);
  });

  it('a country is too wide to have a point', () => {
    expect(lookup('kazakhstan').point).toBeUndefined();
  });

  it('an id looked up twice is the same answer', () => {
    expect(lookup('almaty')).toBe(lookup('almaty'));
  });
});
