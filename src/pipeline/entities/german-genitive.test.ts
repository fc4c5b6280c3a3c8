/**
 * A German country in the genitive before the noun it owns ("Israels Luftwaffe griff … an") is the
 * country acting, not an unknown name "Israels Luftwaffe"; before a title and a name, or after a
 * noun, it is left as it was, but after a compass noun it is the country's part.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a German genitive of a country', () => {
  it.each([
    [
      'Israels Luftwaffe griff am Donnerstagabend erneut Ziele im Südlibanon an.',
      [['Israels', 'actor', 'israel']],
    ],
    ['Russlands Armee zog sich am Montag zurück.', [['Russlands', 'actor', 'russia']]],
    ['Chinas Regierung kündigte am Dienstag Gegenmaßnahmen an.', [['Chinas', 'actor', 'china']]],
    [
      'Kenias Präsident William Ruto entließ am Donnerstag sein Kabinett.',
      [['William Ruto', 'actor', 'ruto']],
    ],
    [
      'Nach den verheerenden Unwettern im Westen Deutschlands ist die Zahl der Toten auf mindestens 103 gestiegen.',
      [['Deutschlands', 'place', 'germany']],
    ],
  ])('"%s" names %j', (text, expected) => {
    const [list] = mentionsOf(stage, 'de', [text]);
    expect((list ?? []).map((m) => [m.text, m.kind, m.id])).toEqual(expected);
  });
});
