import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

function ids(sentence: string): (string | undefined)[] {
  return (mentionsOf(stage, 'de', [sentence])[0] ?? []).map((m) => m.id);
}

describe('a German noun in -ter or “Geschichte” before a name is no part of it', () => {
  it.each([
    ['Der Reiseveranstalter Alltours sagte alle Reisen nach Rhodos ab.', 'name:alltours'],
    ['Der Vertreter Frankreichs sprach am Montag in Brüssel.', 'brussels'],
  ])('“%s” names %s, not the noun with it', (sentence, id) => {
    const found = ids(sentence);
    expect(found).toContain(id);
    expect(found.some((x) => x?.includes('veranstalter') || x?.includes('vertreter'))).toBe(false);
  });

  it('“in der Geschichte Griechenlands” names no one', () => {
    expect(ids('Es handle sich um die größte Evakuierung in der Geschichte Griechenlands.')).toEqual([]);
  });

  it('an adjective in -ten still opens a name: “Die Vereinten Nationen”', () => {
    expect(ids('Die Vereinten Nationen forderten am Montag eine Waffenruhe.')).toEqual(['united-nations']);
  });
});
