import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a city whose name is also a proper noun, with only a direction before it', () => {
  it.each([
    ['nl', 'De Italiaanse autoriteiten stuurden het schip naar Genua.', 'Genua', 'genoa'],
    ['de', 'Die Behörden schickten das Rettungsschiff nach Genua.', 'Genua', 'genoa'],
    ['nl', 'Het vliegtuig met de toeristen vloog naar Florence.', 'Florence', 'florence'],
  ])('[%s] “%s” places “%s”', (lang, sentence, text, id) => {
    const m = findMention(mentionsOf(stage, lang, [sentence])[0], text);
    expect([m?.kind, m?.id]).toEqual(['place', id]);
  });

  it('[de] a surname right after makes it a person: “Nach Florence Schmidt sprach …”', () => {
    const m = findMention(
      mentionsOf(stage, 'de', ['Nach Florence Schmidt sprach der Bürgermeister.'])[0],
      'Florence Schmidt',
    );
    expect(m?.kind).not.toBe('place');
  });
});
