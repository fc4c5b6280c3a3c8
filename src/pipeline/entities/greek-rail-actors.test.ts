import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

// The transport minister who resigned over the Tempi collision, and the company that ran the train.
describe('the Greek transport minister and the train operator are listed actors', () => {
  it.each([
    [
      'en',
      'Transport Minister Kostas Karamanlis resigned on Wednesday.',
      'Kostas Karamanlis',
      'kostas-karamanlis',
    ],
    [
      'de',
      'Verkehrsminister Kostas Karamanlis war bereits am Mittwoch zurückgetreten.',
      'Kostas Karamanlis',
      'kostas-karamanlis',
    ],
    ['nl', 'Minister Karamanlis van Transport stapte woensdag op.', 'Karamanlis', 'kostas-karamanlis'],
    [
      'nl',
      'Bij het hoofdkantoor van spoorbedrijf Hellenic Train gooiden betogers met stenen.',
      'Hellenic Train',
      'hellenic-train',
    ],
  ])('[%s] “%s” names “%s”', (lang, sentence, text, id) => {
    const m = findMention(mentionsOf(stage, lang, [sentence])[0], text);
    expect([m?.kind, m?.id]).toEqual(['actor', id]);
  });
});
