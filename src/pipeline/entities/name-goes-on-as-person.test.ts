import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const found = (language: string, sentence: string) =>
  mentionsOf(stage, language, [sentence])[0]?.map((m) => `${m.kind}:${m.id ?? m.text}`);

describe('a listed name before another name word is the given name of someone nobody listed', () => {
  it.each<[string, string, string, string[]]>([
    [
      "Beirut's health minister is not Libya's Osama Hamad, whose surname opens his name",
      'en',
      'Health Minister Hamad Hassan said the death toll was expected to rise as dozens of people were still missing.',
      ['unknown:name:hamad-hassan'],
    ],
    [
      "OceanGate's chief executive is no Californian city",
      'en',
      'OceanGate said that Stockton Rush was on board.',
      ['actor:oceangate', 'unknown:name:stockton-rush'],
    ],
    [
      'the Dutch report names the same man',
      'nl',
      'Het bedrijf OceanGate liet weten dat topman Stockton Rush aan boord was.',
      ['actor:oceangate', 'unknown:name:stockton-rush'],
    ],
    [
      'the German report names him too',
      'de',
      'Unter ihnen war der Chef der Betreiberfirma OceanGate, Stockton Rush.',
      ['actor:oceangate', 'unknown:name:stockton-rush'],
    ],
    [
      'the city before a place noun stays the city',
      'en',
      'Police in Stockton said the road was closed on Monday.',
      ['place:stockton'],
    ],
    [
      'a listed surname before a comma stays that person',
      'en',
      'Osama Hamad, the eastern prime minister, visited Derna on Tuesday.',
      ['actor:osama-hammad', 'place:derna'],
    ],
    [
      'a genitive owns the noun after it',
      'de',
      'Die USA verhängten mehr als 500 neue Sanktionen, auch wegen Nawalnys Tod.',
      ['actor:united-states', 'actor:navalny'],
    ],
    [
      'a German noun after a listed surname leaves that person',
      'de',
      'Am Dienstag sagte Hamad Reportern, die Lage in Derna sei ernst.',
      ['actor:osama-hammad', 'place:derna'],
    ],
  ])('%s', (_, language, sentence, expected) => {
    expect(found(language, sentence)).toEqual(expected);
  });
});
