/** Russian cities under their Dutch and German names are the cities English reports name. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import type { EntityData } from './data.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let data: EntityData;
let stage: EntityStage;
beforeAll(() => {
  data = loadEntityData('data');
  stage = createEntityStage(data);
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

describe('cities of southern and central Russia under their Dutch and German names', () => {
  it.each([
    [
      'en',
      'Wagner fighters seized the army headquarters in Rostov-on-Don on Saturday.',
      'Rostov-on-Don',
      'rostov-na-donu',
    ],
    [
      'nl',
      'Zaterdag namen Wagner-strijders het hoofdkwartier in Rostov aan de Don in.',
      'Rostov aan de Don',
      'rostov-na-donu',
    ],
    [
      'de',
      'Die Söldner hatten die südrussische Stadt Rostow am Don besetzt.',
      'Rostow am Don',
      'rostov-na-donu',
    ],
    ['en', 'Military helicopters fired at the column near Voronezh.', 'Voronezh', 'voronezh'],
    ['nl', 'Bij Voronezj werd de colonne vanuit helikopters beschoten.', 'Voronezj', 'voronezh'],
    ['de', 'Bei Woronesch geriet ein Treibstofflager in Brand.', 'Woronesch', 'voronezh'],
    ['en', 'A private jet crashed in the Tver region on Wednesday evening.', 'Tver', 'tver'],
    ['de', 'Ein Privatjet stürzte am Mittwochabend im Gebiet Twer ab.', 'Twer', 'tver'],
    ['de', 'Die Kolonne erreichte am Nachmittag das Gebiet Lipezk.', 'Lipezk', 'lipetsk'],
  ])('[%s] “%s” names a city on the map (%s)', (lang, sentence, text, id) => {
    const [found] = mentionsOf(stage, lang, [sentence]);
    expect(findMention(found, text)?.id, JSON.stringify(found)).toBe(id);
  });

  it('a report from Rostov-on-Don shows the city under the name English news gives it, not the small town of Rostov', () => {
    const [found] = mentionsOf(stage, 'en', ['Tanks stood in the streets of Rostov on Saturday.']);
    expect(findMention(found, 'Rostov')?.id, JSON.stringify(found)).toBe('rostov-na-donu');
    expect(data.places.find((p) => p.id === 'rostov-na-donu')?.name).toBe('Rostov-on-Don');
  });
});
