/** "een voorstad van Pittsburgh": the town whose outskirts a sentence names is a place, no surname after "van". */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('the town whose outskirts are named', () => {
  it.each<[string, string]>([
    [
      'nl',
      'De FBI heeft de schutter geïdentificeerd als de 20-jarige Thomas Matthew Crooks uit Bethel Park, een voorstad van Pittsburgh.',
    ],
    ['de', 'Der Schütze stammte aus Bethel Park, einem Vorort von Pittsburgh.'],
    ['en', 'The gunman lived in Bethel Park, on the outskirts of Pittsburgh.'],
  ])('[%s] “%s” names Pittsburgh, the place', (lang, text) => {
    const found = mentionsOf(stage, lang, [text]).flat();
    expect(found.find((m) => m.text === 'Pittsburgh')?.id).toBe('pittsburgh');
  });
});
