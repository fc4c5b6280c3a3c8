/** Russian cities under their Dutch and German names are the cities English reports name. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('Bryansk in three languages', () => {
  it.each([
    ['en', 'The four were caught in the Bryansk region on Saturday.', 'Bryansk'],
    ['nl', 'De vier verdachten werden zaterdag in de regio Brjansk opgepakt.', 'Brjansk'],
    ['de', 'Die Verdächtigen wurden am Samstag im Gebiet Brjansk gefasst.', 'Brjansk'],
  ])('[%s] “%s” names Bryansk', (lang, sentence, text) => {
    const [found] = mentionsOf(stage, lang, [sentence]);
    expect(findMention(found, text)?.id, JSON.stringify(found)).toBe('bryansk');
  });
});
