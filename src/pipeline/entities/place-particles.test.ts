/**
 * A town no gazetteer lists keeps its whole name, lowercase particles and all, and a peninsula is
 * a place like an island.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('an unlisted place keeps every word of its name', () => {
  it.each<[string, string, string, string]>([
    [
      'a German village with a Slovene particle is named in full',
      'de',
      'Die Armee evakuierte in der Nacht zum Samstag mehr als 300 Menschen aus dem Dorf Črna na Koroškem.',
      'Črna na Koroškem',
    ],
    [
      'an English "village of" names the whole town',
      'en',
      'The army evacuated more than 300 people from the village of Črna na Koroškem on Saturday.',
      'Črna na Koroškem',
    ],
    [
      'a Dutch "het dorp" names the whole town',
      'nl',
      'Het leger evacueerde zaterdag meer dan 300 mensen uit het dorp Črna na Koroškem.',
      'Črna na Koroškem',
    ],
    [
      'an English peninsula is named without its landform noun',
      'en',
      "Lava from a volcanic eruption on Iceland's Reykjanes peninsula reached the barriers on Thursday.",
      'Reykjanes',
    ],
    [
      'a German "Halbinsel" before the name is no part of it',
      'de',
      'Auf der isländischen Halbinsel Reykjanes ist am Mittwochabend erneut ein Vulkan ausgebrochen.',
      'Reykjanes',
    ],
  ])('%s', (_, language, sentence, name) => {
    const [found] = mentionsOf(stage, language, [sentence]);
    const mention = found?.find((m) => m.text === name);
    expect(mention).toBeDefined();
    expect(stage.actor(mention?.id ?? '')).toMatchObject({ name, kind: 'place' });
  });
});
