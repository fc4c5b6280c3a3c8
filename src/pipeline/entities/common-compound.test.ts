import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const names = (lang: string, sentence: string) => mentionsOf(stage, lang, [sentence])[0]?.map((m) => m.text);

describe('a sentence opening with a compound common noun names no one by it', () => {
  it.each<[string, string, string[]]>([
    [
      'en',
      'BEIRUT (AP) — Walkie-talkies used by Hezbollah exploded across Lebanon on Wednesday.',
      ['BEIRUT', 'AP', 'Hezbollah', 'Lebanon'],
    ],
    ['en', 'Walkie-talkies exploded across Lebanon on Wednesday.', ['Lebanon']],
    ['en', 'Hamas-run authorities in Gaza said on Monday that the toll had risen.', ['Hamas', 'Gaza']],
    ['nl', 'Hezbollah-strijders vuurden dinsdag raketten af op Israël.', ['Hezbollah', 'Israël']],
    [
      'en',
      'Trackside sensors picked up the rising temperature of the bearing in the miles before the derailment, and the crew tried to slow and stop the train when an alarm sounded, the National Transportation Safety Board said.',
      ['National Transportation Safety Board'],
    ],
    ['en', 'Roadside bombs killed three soldiers in Kandahar on Monday.', ['Kandahar']],
    ['en', 'CrowdStrike shares fell 11% on Friday.', ['CrowdStrike']],
  ])('[%s] “%s” names %j', (lang, sentence, expected) => {
    expect(names(lang, sentence)).toEqual(expected);
  });
});
