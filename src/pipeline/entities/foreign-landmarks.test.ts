import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const placeIds = (lang: string, sentences: string[]) =>
  mentionsOf(stage, lang, sentences)
    .flat()
    .filter((m) => m.kind === 'place')
    .map((m) => m.id);

describe('a listed landmark is meant only where no other country is named instead', () => {
  it.each<[string, string[], string[]]>([
    [
      'en',
      ['Protesters stormed the presidential residence in Colombo, Sri Lanka, on Saturday.'],
      ['colombo', 'sri-lanka'],
    ],
    ['nl', ['De demonstranten trokken zich terug uit de presidentiële residentie in Colombo.'], ['colombo']],
    ['de', ['Am 9. Juli hatten Demonstranten in Sri Lanka die Präsidentenresidenz gestürmt.'], ['sri-lanka']],
    [
      'en',
      ['Protesters gathered in Almaty on Wednesday.', 'Later they set fire to the presidential residence.'],
      ['almaty', 'almaty-presidential-residence'],
    ],
    ['en', ['Crowds stormed the presidential residence on Wednesday.'], ['almaty-presidential-residence']],
  ])('[%s] %j places %j', (lang, sentences, ids) => {
    expect(placeIds(lang, sentences)).toEqual(ids);
  });
});
