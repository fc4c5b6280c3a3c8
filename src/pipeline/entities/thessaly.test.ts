import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

// GeoNames spells the city "Lárisa"; the press writes "Larissa" in all three languages.
describe('a rail crash in central Greece is placed at Larissa, the Tempi valley and Thessaly', () => {
  it.each([
    ['en', 'Police said they arrested the station master in Larissa on Wednesday.', 'Larissa', 'larissa'],
    ['de', 'Angehörige warteten vor dem Krankenhaus in Larissa.', 'Larissa', 'larissa'],
    ['nl', 'Gewonden werden naar het ziekenhuis in Larissa gebracht.', 'Larissa', 'larissa'],
    ['en', 'The collision happened shortly before midnight near the Tempi valley.', 'Tempi valley', 'tempi'],
    ['de', 'Der Zug war bei Tempi mit einem Güterzug zusammengestoßen.', 'Tempi', 'tempi'],
    ['en', 'The crash happened in the central region of Thessaly.', 'Thessaly', 'thessaly'],
    ['de', 'Das Unglück ereignete sich in Thessalien.', 'Thessalien', 'thessaly'],
    ['nl', 'Het ongeluk gebeurde in Thessalië, in het midden van het land.', 'Thessalië', 'thessaly'],
  ])('[%s] “%s” places “%s”', (lang, sentence, text, id) => {
    const m = findMention(mentionsOf(stage, lang, [sentence])[0], text);
    expect([m?.kind, m?.id]).toEqual(['place', id]);
  });
});
