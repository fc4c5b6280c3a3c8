/**
 * Places of the south of Peru the gazetteer lists (data/gazetteer.json): a town after "van", a
 * region after "regio", a landmark, a city in a Spanish and an English spelling.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('places of the south of Peru', () => {
  it.each([
    ['nl', 'Ook het vliegveld van Arequipa werd maandag gesloten.', 'arequipa'],
    [
      'nl',
      'Zondag bestormden demonstranten het vliegveld van Andahuaylas in de regio Apurímac.',
      'andahuaylas',
    ],
    [
      'nl',
      'Zondag bestormden demonstranten het vliegveld van Andahuaylas in de regio Apurímac.',
      'apurimac-region',
    ],
    ['de', 'Bei Zusammenstößen in Ayacucho wurden acht Menschen getötet.', 'ayacucho'],
    ['en', 'The authorities have closed the ruined city of Machu Picchu.', 'machu-picchu'],
    ['en', 'Hundreds of tourists are stuck in Aguas Calientes.', 'aguas-calientes'],
    ['en', 'Flights to Cuzco were cancelled.', 'cusco'],
  ])('in %s, “%s” names %s', (language, sentence, id) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    expect(mentions?.filter((m) => m.kind === 'place').map((m) => m.id)).toContain(id);
  });
});
