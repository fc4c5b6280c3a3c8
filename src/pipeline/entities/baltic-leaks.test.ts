import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('the island, the sea, the ministers and the agencies of the Nord Stream leaks are listed', () => {
  it.each([
    [
      'nl',
      'Zweedse seismologen registreerden maandag twee explosies in de Oostzee, bij het Deense eiland Bornholm.',
      'Oostzee',
      'place',
      'baltic-sea',
    ],
    [
      'nl',
      'Zweedse seismologen registreerden maandag twee explosies in de Oostzee, bij het Deense eiland Bornholm.',
      'Bornholm',
      'place',
      'bornholm',
    ],
    [
      'en',
      'The leaks in the Nord Stream gas pipelines in the Baltic Sea were caused by deliberate actions.',
      'Baltic Sea',
      'place',
      'baltic-sea',
    ],
    [
      'de',
      'Die Lecks an den Pipelines in der Ostsee wurden am Montag entdeckt.',
      'Ostsee',
      'place',
      'baltic-sea',
    ],
    [
      'en',
      'Danish Prime Minister Mette Frederiksen told reporters it was not an accident.',
      'Mette Frederiksen',
      'actor',
      'mette-frederiksen',
    ],
    [
      'de',
      'Der EU-Außenbeauftragte Josep Borrell erklärte am Mittwoch, es sei eine vorsätzliche Handlung.',
      'Josep Borrell',
      'actor',
      'josep-borrell',
    ],
    [
      'en',
      'The Danish Energy Agency said the gas could keep escaping for at least a week.',
      'Danish Energy Agency',
      'actor',
      'danish-energy-agency',
    ],
    [
      'nl',
      'Volgens de Deense Energieautoriteit stroomt er nog tot zondag gas uit de leidingen.',
      'Deense Energieautoriteit',
      'actor',
      'danish-energy-agency',
    ],
    [
      'de',
      'Nach Angaben der dänischen Energiebehörde ist mehr als die Hälfte des Gases ausgetreten.',
      'dänischen Energiebehörde',
      'actor',
      'danish-energy-agency',
    ],
    [
      'de',
      'Am Mittwoch übernahm der Inlandsgeheimdienst Säpo die Ermittlungen.',
      'Inlandsgeheimdienst Säpo',
      'actor',
      'sapo',
    ],
    ['en', 'The Swedish coast guard has discovered a fourth leak.', 'coast guard', 'actor', 'coast-guard'],
    [
      'en',
      'Any attack would be met with a united response, the North Atlantic Council declared.',
      'North Atlantic Council',
      'actor',
      'nato',
    ],
  ])('[%s] “%s” names “%s”, %s %s', (lang, sentence, text, kind, id) => {
    const m = findMention(mentionsOf(stage, lang, [sentence])[0], text);
    expect([m?.kind, m?.id]).toEqual([kind, id]);
  });

  it('a translation’s “Prime Minister Anderson” beside Magdalena Andersson is she', () => {
    const [, second] = mentionsOf(stage, 'en', [
      'Swedish Prime Minister Magdalena Andersson had already spoken of sabotage on Tuesday.',
      'Sweden is in close contact with Denmark, Germany and NATO, Prime Minister Anderson said.',
    ]);
    expect(findMention(second, 'Anderson')?.id).toBe('magdalena-andersson');
  });
});
