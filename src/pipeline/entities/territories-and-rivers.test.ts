import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('the Palestinian territories and the great rivers are places of the gazetteer, by their names in each language', () => {
  it.each([
    [
      'nl',
      'Hamas heeft vrijdag de eerste groep gijzelaars vrijgelaten die sinds 7 oktober in de Gazastrook werden vastgehouden.',
      'gaza-strip',
    ],
    ['de', 'Die Geiseln wurden im Gazastreifen festgehalten.', 'gaza-strip'],
    ['en', 'The hostages had been held in the Gaza Strip since 7 October.', 'gaza-strip'],
    ['de', 'Im Westjordanland wurden drei Menschen getötet.', 'west-bank'],
    ['nl', 'Op de Westelijke Jordaanoever zijn drie mensen gedood.', 'west-bank'],
    ['nl', 'Het water in de Rijn steeg tot boven de acht meter.', 'rhine'],
    ['de', 'Der Pegel der Donau stieg in Passau auf zwölf Meter.', 'danube'],
  ])('in %s, “%s” names %s', (language, sentence, id) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    expect(mentions?.map((m) => m.id)).toContain(id);
  });
});
