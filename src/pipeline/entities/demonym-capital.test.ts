import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe("a country's adjective before the word for a capital names the capital city", () => {
  it.each([
    [
      'en',
      'Planes carrying the prisoners had landed in the Turkish capital earlier on Thursday.',
      'Turkish capital',
      'ankara',
    ],
    ['nl', 'De vliegtuigen landden donderdag in de Turkse hoofdstad.', 'Turkse hoofdstad', 'ankara'],
    [
      'de',
      'Die Maschinen landeten am Donnerstag in der türkischen Hauptstadt.',
      'türkischen Hauptstadt',
      'ankara',
    ],
    ['en', 'Thousands marched through the Kenyan capital on Tuesday.', 'Kenyan capital', 'nairobi'],
  ])('in %s, “%s” names %s: %s', (language, sentence, text, id) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    expect(mentions?.map((m) => [m.text, m.kind, m.id])).toContainEqual([text, 'place', id]);
  });

  it('a demonym before another noun names no city', () => {
    const [mentions] = mentionsOf(stage, 'en', [
      'The Turkish government said on Thursday the planes had landed.',
    ]);
    expect(mentions?.filter((m) => m.kind === 'place' && m.id !== undefined)).toEqual([]);
  });
});

describe("a country's adjective before the word for airspace names the country", () => {
  it.each([
    ['en', 'German airspace was fully reopened at 11am local time.', 'German', 'germany'],
    [
      'nl',
      'Het Nederlandse luchtruim is sinds donderdagavond 20.00 uur dicht.',
      'Nederlandse',
      'netherlands',
    ],
    ['de', 'Die Sperrung des deutschen Luftraums wurde erneut verlängert.', 'deutschen', 'germany'],
    ['en', 'The German air space is since Wednesday morning again completely released.', 'German', 'germany'],
  ])('in %s, “%s” names %s: %s', (language, sentence, text, id) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    expect(mentions?.map((m) => [m.text, m.kind, m.id])).toContainEqual([text, 'place', id]);
  });
});
